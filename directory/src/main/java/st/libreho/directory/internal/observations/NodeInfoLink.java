package st.libreho.directory.internal.observations;

/** A link of a NodeInfo discovery document: the schema version it announces and where the document is. */
public record NodeInfoLink(String version, String href) {
}
