package st.libreho.platform.web;

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
}
