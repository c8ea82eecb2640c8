package st.libreho.web.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One address to measure, or one kind of address chosen anew for each request (a page among thousands, a search for
 * other words), with the headers a visitor's client would send.
 *
 * @param label how the report names it (the path, and the language when that is what differs)
 * @param path the path and query checked before the load; the only one requested when the address does not vary
 * @param headers the request headers
 * @param addresses the path and query of each request under load
 * @param connections how many requests are in flight; 0 for the run's setting (64)
 */
record Target(String label, String path, Map<String, String> headers, Supplier<String> addresses, int connections) {

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
        return fixed("en".equals(language) ? path : path + " (" + language + ")", path, Map.copyOf(headers));
    }

    /** A JSON or CSV document, or the health check: no language, any type the address serves. */
    static Target document(String path) {
        return fixed(path, path, PLAIN);
    }

    /**
     * The same request with its address chosen for each request, e.g. a random page or a search for other words, so
     * that what is measured is the platform's work rather than a rendering kept for visitors. The first address drawn
     * is the one checked before the load.
     *
     * @param label how the report names the addresses, e.g. {@code /kb/search?q={two random words}}
     */
    Target varying(String label, Supplier<String> addresses) {
        return new Target(label, addresses.get(), headers, addresses, connections);
    }

    /**
     * The same addresses asked one request at a time: what one person waits for when the platform is not loaded
     * (the "median" of a search, say), beside what 64 at once give.
     */
    Target oneAtATime() {
        return new Target(label + " (1 connection)", path, headers, addresses, 1);
    }

    /** The path and query of the next request. */
    String nextAddress() {
        return addresses.get();
    }

    private static Target fixed(String label, String path, Map<String, String> headers) {
        return new Target(label, path, headers, () -> path, 0);
    }
}
