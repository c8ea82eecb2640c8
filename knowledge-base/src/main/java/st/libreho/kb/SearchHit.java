package st.libreho.kb;

/**
 * One page found by a search: where it is, its title and language, a snippet of its text as safe HTML (escaped,
 * with the words found in {@code <mark>}), and how well it matched (higher first).
 */
public record SearchHit(String path, String title, String language, String snippet, double rank) {
}
