package st.libreho.kb;

/**
 * A tag and how many pages the reader may see carry it.
 *
 * @param pages the number of pages with the tag, at least 1
 */
public record TagCount(String tag, long pages) {
}
