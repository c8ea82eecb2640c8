package st.libreho.platform.web;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The kit's settings, under {@code librehosters.*} (environment: {@code LIBREHOSTERS_*}). */
@ConfigMapping(prefix = "librehosters")
public interface PlatformConfig {

    /**
     * Where the running program's source is published, linked from every page footer (AGPL-3.0-or-later section 13).
     * Whoever runs a modified version points it at their source. Environment: {@code LIBREHOSTERS_SOURCE_URL}.
     */
    @WithDefault("https://codeberg.org/librehosters/platform")
    String sourceUrl();

    /**
     * The address people reach the platform at, without a trailing slash: what e-mail notices and other messages sent
     * outside a request link to (a request's own address is not there to read). Environment:
     * {@code LIBREHOSTERS_PUBLIC_URL}.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The cache of public pages for visitors who are not signed in (ADR 0009). */
    VisitorCache cache();

    interface VisitorCache {

        /**
         * Whether public pages are served from memory to visitors who are not signed in. Turn it off only to measure
         * or to rule the cache out. Environment: {@code LIBREHOSTERS_CACHE_ENABLED}.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The memory the cached pages may take, counted in their bytes; the least used go first when it is full.
         * Environment: {@code LIBREHOSTERS_CACHE_MAX_SIZE}.
         */
        @WithDefault("32M")
        MemorySize maxSize();

        /**
         * How often each instance reads the shared change counter in the database, which bounds how long another
         * instance's change takes to show here. Environment: {@code LIBREHOSTERS_CACHE_POLL_INTERVAL}.
         */
        @WithDefault("250ms")
        Duration pollInterval();
    }
}
