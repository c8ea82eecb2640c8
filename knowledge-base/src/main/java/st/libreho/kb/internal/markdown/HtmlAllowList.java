package st.libreho.kb.internal.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only HTML a rendered text may hold, applied to the renderer's output: the elements and attributes CommonMark,
 * its tables and the wiki links produce, and nothing else. The renderer already escapes a member's raw HTML; this is
 * the second wall, which stays up if a renderer change or an extension ever lets something through. Anything not
 * listed goes (script, style, iframe, forms, svg, math, event handlers, style attributes); a URL keeps its place only
 * if it is relative or http, https or mailto.
 */
final class HtmlAllowList {

    /** What a heading id may be: what {@link HeadingAnchors} writes, which no browser reads as anything but a name. */
    private static final Pattern ANCHOR = Pattern.compile("[\\p{L}\\p{N}\\p{M}_-]{1,100}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\t\\n\\r]");
    private static final String OTHER_SITE_REL = "nofollow noopener noreferrer";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote",
                    "ul", "ol", "li", "hr", "br", "del", "s", "sup", "sub", "table", "thead", "tbody", "tr", "th",
                    "td", "img")
            .allowElements((element, attributes) -> {
                relForOtherSites(attributes);
                return element;
            }, "a")
            .allowAttributes("id").matching(ANCHOR).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("href").onElements("a")
            .allowAttributes("class").matching(false, WikiLinkHtmlRenderer.CSS_CLASS,
                    WikiLinkHtmlRenderer.MISSING_CSS_CLASS)
            .onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src", "alt").onElements("img")
            // a fenced block's language, kept for styling; nothing on the platform reads it as code
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("align").matching(false, "left", "center", "right").onElements("th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private HtmlAllowList() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /**
     * A link that leaves the platform gets {@code rel="nofollow noopener noreferrer"}: it lends the platform's
     * standing to no one (members' texts are not reviewed before they show), and the other site gets neither a handle
     * on this window nor the address it came from. The attributes arrive already checked and decoded.
     */
    private static void relForOtherSites(List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href") && leavesThePlatform(attributes.get(i + 1))) {
                attributes.add("rel");
                attributes.add(OTHER_SITE_REL);
                return;
            }
        }
    }

    /**
     * Whether a link goes to another site. Read as a browser reads it (tabs and line breaks ignored, leading spaces
     * and controls trimmed), and when in doubt it does: {@code //host} and {@code /\host} lead away too.
     */
    static boolean leavesThePlatform(String href) {
        String url = IGNORED_IN_URLS.matcher(href).replaceAll("");
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        url = url.substring(start);
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?")) {
            return false;
        }
        if (url.startsWith("\\")) {
            return true; // browsers read a backslash as a slash, and "\\host" as "//host"
        }
        if (url.startsWith("/")) {
            return url.length() > 1 && (url.charAt(1) == '/' || url.charAt(1) == '\\');
        }
        if (URL_SCHEME.matcher(url).find()) {
            return !url.toLowerCase(Locale.ROOT).startsWith("mailto:"); // an address to write to is not a site
        }
        return false; // a path relative to the page
    }
}
