package st.libreho.platform.web.cache;

/**
 * One kept rendering: its bytes as they were sent, and what is needed to send them again. The generation is that of
 * the public content when the rendering started: the rendering is good only while it is still the current one.
 */
record CachedResponse(byte[] body, String contentType, String disposition, String etag, String cacheControl,
        String language, long generation) {

    int weight() {
        return body.length + 256;
    }
}
