package st.libreho.platform.web.cache;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import st.libreho.platform.web.PlatformConfig;

/**
 * The renderings kept for visitors who are not signed in, bounded by their bytes (Caffeine drops the least used
 * first), so that no number of distinct addresses can exhaust the memory. A rendering is served only while the public
 * content's generation it started in is current (ADR 0009).
 */
@ApplicationScoped
class VisitorPageCache {

    private final boolean enabled;
    private final PublicContent content;
    private final Cache<VisitorCacheKey, CachedResponse> pages;
    private final Map<VisitorCacheKey, CompletableFuture<CachedResponse>> rendering = new ConcurrentHashMap<>();
    /** The paths (without query) of which a rendering was kept once: only for those do visitors wait for another's. */
    private final Cache<String, Boolean> keptPaths = Caffeine.newBuilder().maximumSize(100_000).build();
    private volatile long clearedFor = -1;

    VisitorPageCache(PlatformConfig config, PublicContent content) {
        this.enabled = config.cache().enabled();
        this.content = content;
        this.pages = Caffeine.newBuilder().maximumWeight(config.cache().maxSize().asLongValue())
                .<VisitorCacheKey, CachedResponse> weigher((key, page) -> key.weight() + page.weight()).build();
    }

    boolean enabled() {
        return enabled;
    }

    long generation() {
        return content.generation();
    }

    /** The kept rendering for this key, if it is still current. */
    CachedResponse current(VisitorCacheKey key) {
        CachedResponse kept = pages.getIfPresent(key);
        return kept != null && kept.generation() == content.generation() ? kept : null;
    }

    /**
     * Whether a rendering of this path was ever kept: a request for any other (a health check, a style sheet, a
     * signed-in page's address) never waits for another request.
     */
    boolean keepsPath(String path) {
        return keptPaths.getIfPresent(path) != null;
    }

    /**
     * Claims the rendering of a page that is not kept: {@code null} when this request is to render it, else the
     * rendering already under way, to wait for. Sixty-four visitors arriving at once after a change then cost one
     * rendering, not sixty-four (which, for the whole directory's export, would not even fit in memory).
     */
    CompletableFuture<CachedResponse> claim(VisitorCacheKey key, CompletableFuture<CachedResponse> mine) {
        return rendering.putIfAbsent(key, mine);
    }

    /** The claimed rendering is over: what was kept, or {@code null} when nothing was (those waiting render). */
    void rendered(VisitorCacheKey key, CompletableFuture<CachedResponse> mine, CachedResponse page) {
        rendering.remove(key, mine);
        mine.complete(page);
    }

    /** Keeps a rendering, unless the public content changed while it was being made. */
    void keep(VisitorCacheKey key, CachedResponse page) {
        long now = content.generation();
        if (page.generation() != now) {
            return;
        }
        if (clearedFor != now) {
            // the first rendering of a new generation makes room: the older ones will never be served again
            clearedFor = now;
            pages.invalidateAll();
        }
        pages.put(key, page);
        keptPaths.put(key.path(), Boolean.TRUE);
    }
}
