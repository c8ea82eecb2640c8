package st.libreho.platform.web.cache;

/**
 * What an anonymous rendering depends on besides the data: the origin the request was addressed to (scheme and
 * host, as the proxy forwarded them: feeds and indexes write absolute addresses from them, so a request with a forged
 * {@code Host} must never leave its addresses in what others are served), the address as sent (path and query), the
 * language the request was answered in, and the Accept header (a resource may answer several representations).
 */
record VisitorCacheKey(String origin, String uri, String language, String accept) {

    /** The address without its query. */
    String path() {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    int weight() {
        return origin.length() + uri.length() + (accept == null ? 0 : accept.length()) + 64;
    }
}
