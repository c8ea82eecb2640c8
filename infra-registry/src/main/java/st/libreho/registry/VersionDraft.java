package st.libreho.registry;

import java.util.List;

/**
 * A version to publish.
 *
 * @param version a semantic version greater than the configuration's last
 * @param changelog what changed, in Markdown; may be empty
 * @param files the text files, at least one
 * @param variables the variables manifest, or null to publish the one the registry proposes from the files
 */
public record VersionDraft(String version, String changelog, List<ConfigurationFile> files, List<Variable> variables) {
}
