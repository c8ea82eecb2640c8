package st.libreho.platform.web.cache;

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
    }
}
