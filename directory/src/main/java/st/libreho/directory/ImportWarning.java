package st.libreho.directory;

/**
 * A field of an imported document that could not be used as it was.
 *
 * @param field the field's name in the imported document, e.g. {@code termsOfServiceUrl}
 * @param value the value found, as text (may be null when the field was missing but required)
 * @param reason why it was not used, in plain English
 */
public record ImportWarning(String field, String value, String reason) {
}
