package st.libreho.web.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One address to measure, with the headers a visitor's client would send.
 *
 * @param label how the report names it (the path, and the language when that is what differs)
 * @param path the path and query
 * @param headers the request headers
 */
record Target(String label, String path, Map<String, String> headers) {

    /** Uncompressed answers: the platform does not compress, and a cache should be measured on the same bytes. */
    private static final Map<String, String> PLAIN = Map.of("Accept-Encoding", "identity");

    /** A page as a browser asks for it, in English. */
    static Target page(String path) {
        return page(path, "en");
    }

    /** A page in another language: the pages are rendered per language, so a cache keeps one copy per language. */
    static Target page(String path, String language) {
        Map<String, String> headers = new LinkedHashMap<>(PLAIN);
        headers.put("Accept", "text/html");
        headers.put("Accept-Language", language);
        return new Target("en".equals(language) ? path : path + " (" + language + ")", path, Map.copyOf(headers));
    }

    /** A JSON or CSV document, or the health check: no language, any type the address serves. */
    static Target document(String path) {
        return new Target(path, path, PLAIN);
    }
}
