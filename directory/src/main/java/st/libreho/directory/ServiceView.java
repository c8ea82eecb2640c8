package st.libreho.directory;

/** A service as pages and the API show it; {@code version} is what a later update must carry. */
public record ServiceView(long id, long organisationId, ServiceDetails details, long version) {
}
