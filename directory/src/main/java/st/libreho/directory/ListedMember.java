package st.libreho.directory;

/**
 * A listed member organisation (a member, or one leaving at a date) as the network's own description names it: who it
 * is and where it lives, nothing more.
 *
 * @param slug its key in the directory, also the key of {@code directory.json}
 * @param homeUrl its own site, or null when its entry has none
 */
public record ListedMember(String slug, String name, String homeUrl) {
}
