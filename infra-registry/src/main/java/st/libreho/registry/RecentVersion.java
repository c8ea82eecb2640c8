package st.libreho.registry;

import java.time.Instant;

/** A published version, as a feed of the registry's new versions lists it. */
public record RecentVersion(String owner, String slug, String title, String version, String changelog,
        String authorName, Instant publishedAt) {
}
