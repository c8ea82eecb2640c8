package st.libreho.registry.internal.web;

import io.quarkus.qute.TemplateExtension;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationLink;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.ConfigurationSummary;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.Severity;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionView;

/**
 * Small questions the registry's templates ask of its records, and the addresses they link to, so that templates
 * build no address and compare no magic strings.
 */
@TemplateExtension
final class RegistryTemplateExtensions {

    private RegistryTemplateExtensions() {
    }

    static String href(ConfigurationSummary configuration) {
        return RegistryAddresses.configuration(configuration.owner(), configuration.slug());
    }

    static String href(ConfigurationView configuration) {
        return RegistryAddresses.configuration(configuration.owner(), configuration.slug());
    }

    static String href(ConfigurationLink link) {
        return RegistryAddresses.configuration(link.owner(), link.slug());
    }

    static String href(VersionView version) {
        return RegistryAddresses.version(version.owner(), version.slug(), version.version());
    }

    static String configurationHref(VersionView version) {
        return RegistryAddresses.configuration(version.owner(), version.slug());
    }

    /** The list filtered on this configuration's software. */
    static String softwareFilter(ConfigurationSummary c) {
        return "/registry?software=" + RegistryAddresses.query(c.softwareName());
    }

    static String licenceFilter(ConfigurationSummary c) {
        return "/registry?licence=" + RegistryAddresses.query(c.licence());
    }

    static String ownerFilter(ConfigurationSummary c) {
        return "/registry?owner=" + RegistryAddresses.query(c.owner());
    }

    static String softwareFilter(ConfigurationView c) {
        return "/registry?software=" + RegistryAddresses.query(c.software().name());
    }

    static String licenceFilter(ConfigurationView c) {
        return "/registry?licence=" + RegistryAddresses.query(c.software().licence());
    }

    static String ownerFilter(ConfigurationView c) {
        return "/registry?owner=" + RegistryAddresses.query(c.owner());
    }

    static String filter(ConfigurationFormat format) {
        return "/registry?format=" + format.name();
    }

    static String filter(ConfigurationStatus status) {
        return "/registry?status=" + status.name();
    }

    static boolean isDeprecated(ConfigurationStatus status) {
        return status == ConfigurationStatus.DEPRECATED;
    }

    static boolean isSecret(Finding finding) {
        return finding.kind() == FindingKind.SECRET;
    }

    static boolean isError(Finding finding) {
        return finding.severity() == Severity.ERROR;
    }

    /** The replicate form's field for a variable, named as the registry names its problems: {@code values.DOMAIN}. */
    static String field(Variable variable) {
        return RegistryLabels.VALUES + variable.name();
    }

    /** The start of a content hash, enough to tell versions apart in a list: {@code sha256:bd514b0e7ce5}. */
    static String shortHash(String hash) {
        return hash == null || hash.length() <= 19 ? hash : hash.substring(0, 19);
    }
}
