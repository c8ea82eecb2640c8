package st.libreho.registry;

/**
 * Another configuration, named: a clone, or a clone's parent (then with the version and hash it was cloned from).
 *
 * @param version for a parent, the version cloned; otherwise its latest version, or null when none
 */
public record ConfigurationLink(String owner, String slug, String title, String version, String contentHash) {
}
