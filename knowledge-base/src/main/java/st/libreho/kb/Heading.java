package st.libreho.kb;

import java.util.Objects;

/**
 * One entry of a rendered text's table of contents: a heading's level (2 to 4), its text as the reader sees it (plain
 * text, which a template escapes like any other: a heading may well mention {@code <script>}), and the id of the
 * heading in the HTML, to link to as {@code #anchor}.
 */
public record Heading(int level, String text, String anchor) {

    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
    }
}
