package st.libreho.directory.internal.observations;

/**
 * The NodeInfo document a discovery document points to.
 *
 * @param version the schema version named by the link's {@code rel}, e.g. {@code 2.1}
 * @param href the document's absolute http(s) address
 */
public record NodeInfoLink(String version, String href) {
}
