package st.libreho.kb.internal.search;

/**
 * A search snippet as HTML: the page's own text, escaped (it is Markdown a member wrote, and may hold anything), with
 * only the search's highlights turned into {@code <mark>}, and the commonest Markdown marks left out.
 */
final class Snippets {

    private Snippets() {
    }

    static String html(String headline) {
        if (headline == null) {
            return "";
        }
        String plain = headline.replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+", "")
                // a wiki link reads as its label when it has one, else as its path
                .replaceAll("\\[\\[[^\\]|]*\\|([^\\]]*)]]", "$1").replace("[[", "").replace("]]", "").replace("**", "")
                .replace("`", "").replaceAll("\\s+", " ")
                .strip();
        StringBuilder html = new StringBuilder(plain.length() + 32);
        for (char c : plain.toCharArray()) {
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case PageSearch.MARK_START -> html.append("<mark>");
                case PageSearch.MARK_END -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
