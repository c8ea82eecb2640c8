package st.libreho.directory.internal.web;

import io.quarkus.qute.TemplateExtension;
import st.libreho.directory.Registration;
import st.libreho.directory.RegistryReference;
import st.libreho.directory.ServiceDetails;

/** Small questions templates ask of directory values, kept here so that templates compare no magic strings. */
@TemplateExtension
final class DirectoryTemplateExtensions {

    private DirectoryTemplateExtensions() {
    }

    /** Anyone may open an account: the services search and the badges single these out. */
    static boolean isOpen(Registration registration) {
        return registration == Registration.OPEN;
    }

    /** The registry configuration a service names, when written as {@code owner/slug@version}; null otherwise. */
    static RegistryReference registryReference(ServiceDetails details) {
        return RegistryReference.parse(details.registryConfiguration()).orElse(null);
    }
}
