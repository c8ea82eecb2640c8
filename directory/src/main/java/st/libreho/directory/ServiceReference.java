package st.libreho.directory;

/**
 * A listed organisation's service that names a configuration of the registry it runs.
 *
 * @param reference as the delegate wrote it: {@code owner/slug@version} (see {@link RegistryReference})
 */
public record ServiceReference(String organisation, String organisationName, long serviceId, String serviceName,
        String reference) {
}
