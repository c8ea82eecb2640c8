package st.libreho.registry.internal.web;

import io.quarkus.qute.TemplateData;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.ConfigurationLink;
import st.libreho.registry.Finding;
import st.libreho.registry.ServiceUsage;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionComparison;
import st.libreho.registry.VersionSummary;

/**
 * The registry's records that the module's tags read ({@code regFindings}, {@code regVariables}): a tag's expressions
 * are not type-checked, so Qute generates their value resolvers only when asked, here, rather than by annotating the
 * facade's records with a template engine's annotation.
 */
@TemplateData(target = Finding.class)
@TemplateData(target = Variable.class)
@TemplateData(target = ConfigurationFile.class)
@TemplateData(target = ConfigurationLink.class)
@TemplateData(target = ServiceUsage.class)
@TemplateData(target = VersionSummary.class)
@TemplateData(target = VersionComparison.FileChange.class)
final class RegistryTemplateData {

    private RegistryTemplateData() {
    }
}
