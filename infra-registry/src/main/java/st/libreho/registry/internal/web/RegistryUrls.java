package st.libreho.registry.internal.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Values for the query strings the registry's templates write ({@code regurl:q(version)}): a version may hold a
 * {@code +} (build metadata, {@code 1.0.0+build.5}), which a query would read as a space.
 */
@TemplateExtension(namespace = "regurl")
final class RegistryUrls {

    private RegistryUrls() {
    }

    static String q(String value) {
        return RegistryAddresses.query(value);
    }
}
