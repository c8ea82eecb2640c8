package st.libreho.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what in a rendered text a browser could run, reading it the strict way: every {@code <} must open or close an
 * allowed element written as {@code name="value"} pairs, every attribute must be allowed on its element, and every URL
 * (decoded as a browser decodes it) must be relative or http, https or mailto. Anything else is reported, even what
 * might be harmless, so that a change in the renderer's output is looked at rather than let through.
 */
final class SafeHtml {

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("p", Set.of()), Map.entry("em", Set.of()), Map.entry("strong", Set.of()),
            Map.entry("code", Set.of("class")), Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")), Map.entry("li", Set.of()),
            Map.entry("hr", Set.of()), Map.entry("br", Set.of()), Map.entry("del", Set.of()),
            Map.entry("s", Set.of()), Map.entry("sup", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tr", Set.of()), Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")),
            Map.entry("a", Set.of("href", "title", "class", "rel")), Map.entry("img", Set.of("src", "alt", "title")),
            Map.entry("h1", Set.of("id")), Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")),
            Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of("id")), Map.entry("h6", Set.of("id")));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "mailto");

    private static final Pattern TAG = Pattern
            .compile("<(/?)([a-z][a-z0-9]*)((?: [a-z][a-z-]*=\"[^\"<>]*\")*)( /)?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z][a-z-]*)=\"([^\"<>]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]*);");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}\\p{M}_-]+");
    private static final Pattern CODE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]+");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private SafeHtml() {
    }

    /** What is wrong with this HTML; empty when nothing in it could run. */
    static List<String> problemsIn(String html) {
        List<String> problems = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (!tag.region(at, html.length()).lookingAt()) {
                problems.add("a '<' that opens no plain tag: " + around(html, at));
                continue;
            }
            String element = tag.group(2);
            Set<String> allowed = ALLOWED.get(element);
            if (allowed == null) {
                problems.add("element <" + element + ">");
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1);
                String value = decode(attribute.group(2), problems);
                if (!allowed.contains(name)) {
                    problems.add("attribute " + name + " on <" + element + ">");
                } else if (URL_ATTRIBUTES.contains(name) && !isSafeUrl(value)) {
                    problems.add("URL " + name + "=\"" + value + "\" on <" + element + ">");
                } else if (!valueAllowed(element, name, value)) {
                    problems.add("value " + name + "=\"" + value + "\" on <" + element + ">");
                }
            }
        }
        decode(html.replaceAll("<[^>]*>", ""), problems); // unknown entities in the text too
        return problems;
    }

    private static boolean valueAllowed(String element, String name, String value) {
        return switch (name) {
            case "id" -> ID.matcher(value).matches();
            case "class" -> element.equals("a") ? value.equals("wiki-link") || value.equals("wiki-link missing")
                    : CODE_CLASS.matcher(value).matches();
            case "align" -> ALIGN.matcher(value).matches();
            case "start" -> NUMBER.matcher(value).matches();
            case "rel" -> value.equals("nofollow noopener noreferrer");
            default -> true; // title, alt: text, quoted, with no '<' or '"' (checked by the patterns above)
        };
    }

    /**
     * Relative, or http, https, mailto. As a browser does: tabs and line breaks removed, leading controls and spaces
     * trimmed; then a ':' before any '/', '?' or '#' makes what precedes it a scheme, whatever its characters.
     */
    private static boolean isSafeUrl(String url) {
        String cleaned = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        int colon = cleaned.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int pathStart = indexOfAny(cleaned, "/?#");
        if (pathStart >= 0 && pathStart < colon) {
            return true;
        }
        return URL_SCHEMES.contains(cleaned.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes character references; reports named ones other than the five XML ones, which could hide a colon. */
    private static String decode(String text, List<String> problems) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                        : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1))) : null;
            };
            if (replacement == null) {
                problems.add("named character reference &" + name + ";");
                replacement = "";
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String around(String html, int at) {
        return html.substring(Math.max(0, at - 20), Math.min(html.length(), at + 40));
    }
}
