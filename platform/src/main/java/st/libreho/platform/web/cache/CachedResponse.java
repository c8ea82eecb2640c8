package st.libreho.platform.web.cache;

/**
 * One kept rendering: its bytes as they were sent, the same bytes compressed once with gzip when they are text (for
 * the visitors whose browsers accept it, which is nearly all), and what is needed to send them again. The generation
 * is that of the public content when the rendering started: the rendering is good only while it is still the
 * current one.
 */
record CachedResponse(byte[] body, byte[] gzipped, String contentType, String disposition, String etag,
        String cacheControl, String language, long generation) {

    /** The gzip variant's own validator: a different representation must not share the identity one's tag. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
    }
}
