package st.libreho.directory;

/** A typed contact: an e-mail address, a web page, or both. */
public record ContactView(ContactKind kind, String email, String url) {
}
