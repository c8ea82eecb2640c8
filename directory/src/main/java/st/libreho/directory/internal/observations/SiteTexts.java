package st.libreho.directory.internal.observations;

/** Text read from a site, made safe to store and show. */
final class SiteTexts {

    private SiteTexts() {
    }

    /**
     * The text without control characters (PostgreSQL refuses NUL; the others only disturb pages), with unpaired
     * surrogates (which an escaped {@code \uD835} alone produces) replaced by U+FFFD, trimmed, and cut to at most
     * {@code max} chars without splitting a surrogate pair; null when nothing is left.
     */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        int start = -1; // where the text begins once stripped
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
            if (start < 0 && !out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                start = out.length() - 1;
            }
            // a hostile megabyte is not copied: one char past the limit is enough to cut it below
            if (start >= 0 && out.length() > start + max + 1) {
                break;
            }
        }
        String cleaned = out.toString().strip();
        if (cleaned.length() > max) {
            int end = max;
            if (Character.isLowSurrogate(cleaned.charAt(end)) && Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end).strip();
        }
        return cleaned.isEmpty() ? null : cleaned;
    }
}
