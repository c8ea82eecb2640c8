package st.libreho.registry;

import java.time.Instant;
import java.util.List;

/**
 * A configuration's page.
 *
 * @param readmeHtml the README rendered and sanitised by the knowledge base
 * @param versions newest first
 * @param parent the version it was cloned from, or null
 * @param behind how many versions its parent published after the one cloned; 0 when not a clone
 * @param clones the configurations cloned from any of its versions
 * @param usedBy the directory services that say they run one of its versions
 * @param readerMayPublish whether the reader may publish versions and change it (a delegate of the owner, or an
 *        operator)
 * @param version the row's version, for changes made against what was read
 */
public record ConfigurationView(String owner, String slug, String title, Software software,
        ConfigurationFormat format, List<String> tags, ConfigurationStatus status, String readme, String readmeHtml,
        List<VersionSummary> versions, ConfigurationLink parent, int behind, List<ConfigurationLink> clones,
        List<ServiceUsage> usedBy, String createdBy, Instant createdAt, Instant updatedAt, boolean readerMayPublish,
        long version) {
}
