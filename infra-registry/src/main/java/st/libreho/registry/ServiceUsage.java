package st.libreho.registry;

/**
 * A directory service that says it runs a configuration.
 *
 * @param organisation the slug of the organisation whose service it is
 * @param version the version it names, or null when it follows none in particular
 */
public record ServiceUsage(String organisation, long serviceId, String serviceName, String version) {
}
