package st.libreho.kb;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown text rendered for a page.
 *
 * @param html safe HTML to insert into a page as it is, with {@code .raw} in a Qute template (sanitised by an
 *        allow-list: no script, no event handler, no {@code javascript:} URL)
 * @param tableOfContents the level 2 to 4 headings, in the order of the text, with the ids they carry in the HTML
 * @param wikiLinks the page paths the text links to with {@code [[...]]}, normalised, in order of first appearance,
 *        each once
 */
public record RenderedMarkdown(String html, List<Heading> tableOfContents, List<String> wikiLinks) {

    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        tableOfContents = List.copyOf(tableOfContents);
        wikiLinks = List.copyOf(wikiLinks);
    }
}
