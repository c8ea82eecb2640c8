package st.libreho.kb.internal;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The knowledge base's settings, under {@code librehosters.kb.*} (environment: {@code LIBREHOSTERS_KB_*}). */
@ConfigMapping(prefix = "librehosters.kb")
public interface KbConfig {

    /**
     * The largest file a member may attach to a page (for example {@code 10M}, {@code 512K}). Keep it below
     * {@code quarkus.http.limits.max-body-size}, or the HTTP layer refuses a large upload before this check can name
     * the field. Environment: {@code LIBREHOSTERS_KB_ATTACHMENT_MAX_SIZE}.
     */
    @WithDefault("10M")
    MemorySize attachmentMaxSize();

    /**
     * The memory kept for rendered pages: each revision's rendering, and each page as members and as visitors last
     * saw it, half each (for example {@code 16M}). Environment: {@code LIBREHOSTERS_KB_RENDERING_CACHE_SIZE}.
     */
    @WithDefault("16M")
    MemorySize renderingCacheSize();

    /**
     * How long a request for an export ({@code /kb/export.zip}, {@code /kb/export.json}) waits while another export is
     * being built on this instance, before it is answered 503 with {@code Retry-After}: one export is built at a time,
     * so that the memory exports take is that of one. Environment: {@code LIBREHOSTERS_KB_EXPORT_WAIT}.
     */
    @WithDefault("20S")
    Duration exportWait();
}
