package st.libreho.registry;

import java.time.Instant;
import java.util.List;

/** A configuration as the registry's list shows it. */
public record ConfigurationSummary(String owner, String slug, String title, String softwareName, String licence,
        ConfigurationFormat format, List<String> tags, ConfigurationStatus status, String latestVersion,
        Instant updatedAt) {
}
