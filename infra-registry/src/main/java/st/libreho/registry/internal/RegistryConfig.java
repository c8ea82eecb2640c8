package st.libreho.registry.internal;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The registry's limits, under {@code librehosters.registry.*} (environment: {@code LIBREHOSTERS_REGISTRY_*}). */
@ConfigMapping(prefix = "librehosters.registry")
public interface RegistryConfig {

    /** The most files a version may hold. Environment: {@code LIBREHOSTERS_REGISTRY_FILES_PER_VERSION}. */
    @WithDefault("500")
    int filesPerVersion();

    /** The largest file of a version, in UTF-8 bytes. Environment: {@code LIBREHOSTERS_REGISTRY_BYTES_PER_FILE}. */
    @WithDefault("1M")
    MemorySize bytesPerFile();

    /**
     * The most bytes a version's files may hold together, uncompressed, counted as an archive is read (never trusted
     * from its headers). Keep an uploaded archive's size below {@code quarkus.http.limits.max-body-size}. Environment:
     * {@code LIBREHOSTERS_REGISTRY_BYTES_PER_VERSION}.
     */
    @WithDefault("10M")
    MemorySize bytesPerVersion();

    /**
     * The memory kept for configurations' git repositories (served to {@code git clone}), counted in the bytes of
     * their packs; the least used go first when it is full, and are built again from the database when next asked.
     * Environment: {@code LIBREHOSTERS_REGISTRY_GIT_CACHE_SIZE}.
     */
    @WithDefault("16M")
    MemorySize gitCacheSize();
}
