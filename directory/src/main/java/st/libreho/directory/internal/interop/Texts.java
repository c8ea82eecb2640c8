package st.libreho.directory.internal.interop;

/**
 * Text helpers that count code points, not UTF-16 units, so a limit means the same as PostgreSQL's
 * {@code varchar(n)} and truncation never splits an emoji or other character outside the BMP.
 */
final class Texts {

    private static final int SHOWN_IN_WARNING = 100;

    private Texts() {
    }

    /** The text without surrounding whitespace, or null when nothing is left. */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The first {@code max} characters, without the whitespace the cut may leave at the end. */
    static String truncate(String text, int max) {
        if (length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).stripTrailing();
    }

    /** A value short enough to quote in a warning: a 6000-character description would drown the message. */
    static String abbreviate(String text) {
        if (text == null || length(text) <= SHOWN_IN_WARNING) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SHOWN_IN_WARNING)) + "…";
    }
}
