package st.libreho.registry;

import java.time.Instant;

/** A version as lists show it. */
public record VersionSummary(String version, String changelog, String contentHash, int fileCount, String authorName,
        Instant publishedAt) {
}
