package st.libreho.kb;

/**
 * What a person saves: a page's details and text as they want them.
 *
 * @param language an ISO 639-1 code, such as {@code en} or {@code fr}
 * @param summary a short note on the change for the history, optional
 */
public record PageEdit(String title, String markdown, String language, Visibility visibility, String summary) {
}
