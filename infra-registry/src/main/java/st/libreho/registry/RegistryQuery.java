package st.libreho.registry;

/**
 * What the registry's list is filtered by; every criterion optional.
 *
 * @param text words of the title, software or README
 * @param page from 1
 * @param size up to 100
 */
public record RegistryQuery(String text, String software, ConfigurationFormat format, String licence, String tag,
        String owner, ConfigurationStatus status, int page, int size) {
}
