package st.libreho.registry.internal.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormMerge;
import st.libreho.platform.web.FormValues;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Software;

/**
 * A configuration's details as its form sends them: every value as typed, so that a form shown again after a refusal
 * or a conflict keeps exactly what the person wrote. Field names are the registry's ({@code software.licence}), so
 * that its problems land beside the right field. {@code version} and {@code opened} are what the edit form was opened
 * on, for the three-way merge of a concurrent change (ADR 0008).
 */
@TemplateData
public record ConfigurationForm(@RestForm String owner, @RestForm String slug, @RestForm String title,
        @RestForm("software.name") String softwareName, @RestForm("software.sourceUrl") String sourceUrl,
        @RestForm("software.licence") String licence, @RestForm String format, @RestForm String tags,
        @RestForm String status, @RestForm String readme, @RestForm String version, @RestForm String opened) {

    /** A new configuration's form: experimental, with a README to start from. */
    static ConfigurationForm blank(String owner, String readme) {
        return new ConfigurationForm(owner, "", "", "", "", "", ConfigurationFormat.DOCKER_COMPOSE.name(), "",
                ConfigurationStatus.EXPERIMENTAL.name(), readme, null, null);
    }

    /** The form opened on a configuration: its details, its row's version, and the same values as the opening ones. */
    static ConfigurationForm of(ConfigurationView c) {
        ConfigurationForm form = new ConfigurationForm(c.owner(), c.slug(), c.title(), c.software().name(),
                c.software().sourceUrl(), c.software().licence(), c.format().name(), String.join(", ", c.tags()),
                c.status().name(), c.readme(), String.valueOf(c.version()), null);
        return form.opened(FormMerge.opened(form.values()));
    }

    /** The values merged with a concurrent change, as a form opened on the version now stored. */
    static ConfigurationForm merged(Map<String, String> v, ConfigurationForm current) {
        return new ConfigurationForm(current.owner, current.slug, v.get("title"), v.get("software.name"),
                v.get("software.sourceUrl"), v.get("software.licence"), v.get("format"), v.get("tags"),
                v.get("status"), v.get("readme"), current.version, current.opened);
    }

    private ConfigurationForm opened(String openedValues) {
        return new ConfigurationForm(owner, slug, title, softwareName, sourceUrl, licence, format, tags, status,
                readme, version, openedValues);
    }

    /** The form's editable values by field, as sent: what a merge compares. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("software.name", softwareName);
        values.put("software.sourceUrl", sourceUrl);
        values.put("software.licence", licence);
        values.put("format", format);
        values.put("tags", tags);
        values.put("status", status);
        values.put("readme", readme);
        return values;
    }

    /** The same values as a person reads them (a format's name rather than its code): what a conflict shows. */
    Map<String, String> shown(RegistryLabels labels) {
        Map<String, String> values = values();
        values.put("format", FormValues.label(ConfigurationFormat.class, format, labels::format));
        values.put("status", FormValues.label(ConfigurationStatus.class, status, labels::status));
        return values;
    }

    /** The draft to send to the registry; a choice that names nothing goes to {@code errors}. */
    ConfigurationDraft draft(FormErrors errors, RegistryLabels labels) {
        String unknown = labels.terms().problem_unknown_choice();
        return new ConfigurationDraft(owner, slug, title, new Software(softwareName, sourceUrl, licence),
                FormValues.choice(ConfigurationFormat.class, "format", format, errors, unknown), tags(tags),
                FormValues.choice(ConfigurationStatus.class, "status", status, errors, unknown), readme);
    }

    long expectedVersion() {
        return FormValues.version(version);
    }

    /** Tags as typed: separated by commas (or spaces); the registry normalises and checks each. */
    static List<String> tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+")).filter(tag -> !tag.isBlank()).toList();
    }
}
