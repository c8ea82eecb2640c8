package st.libreho.registry;

import java.time.Instant;
import java.util.List;

/**
 * One published version, whole.
 *
 * @param changelogHtml the changelog rendered and sanitised by the knowledge base
 */
public record VersionView(String owner, String slug, String title, String version, String changelog,
        String changelogHtml, String contentHash, String authorName, Instant publishedAt,
        List<ConfigurationFile> files, List<Variable> variables, List<Finding> warnings, boolean latest) {
}
