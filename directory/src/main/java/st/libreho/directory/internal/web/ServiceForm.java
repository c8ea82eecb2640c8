package st.libreho.directory.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormMerge;
import st.libreho.platform.web.FormValues;

/** A service as its form sends it, every value as typed. Field names are the directory's. */
@TemplateData
public record ServiceForm(@RestForm String name, @RestForm String category, @RestForm String url,
        @RestForm String softwareName, @RestForm String softwareLicence, @RestForm String softwareSourceUrl,
        @RestForm String registration, @RestForm String priceModel, @RestForm boolean encryptionInTransit,
        @RestForm boolean endToEndEncryption, @RestForm boolean dataExport, @RestForm String languages,
        @RestForm String registryConfiguration, @RestForm String version, @RestForm String opened) {

    /** A new service: encryption in transit is what the CPP expects of every service, so it starts ticked. */
    public static ServiceForm empty() {
        return new ServiceForm(null, null, null, null, null, null, null, null, true, false, false, null, null,
                "0", null);
    }

    /** The form opened on a service: its values, its version, and the same values as the form's opening ones. */
    public static ServiceForm of(ServiceView service) {
        ServiceDetails d = service.details();
        ServiceForm form = new ServiceForm(d.name(), name(d.category()), d.url(), d.softwareName(),
                d.softwareLicence(), d.softwareSourceUrl(), name(d.registration()), name(d.priceModel()),
                d.encryptionInTransit(), d.endToEndEncryption(), d.dataExport(), FormValues.codes(d.languages()),
                d.registryConfiguration(), String.valueOf(service.version()), null);
        return merged(form.values(), form, FormMerge.opened(form.values()));
    }

    /** The form's values field by field, as sent: what a merge compares. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("category", category);
        values.put("url", url);
        values.put("softwareName", softwareName);
        values.put("softwareLicence", softwareLicence);
        values.put("softwareSourceUrl", softwareSourceUrl);
        values.put("registration", registration);
        values.put("priceModel", priceModel);
        values.put("encryptionInTransit", String.valueOf(encryptionInTransit));
        values.put("endToEndEncryption", String.valueOf(endToEndEncryption));
        values.put("dataExport", String.valueOf(dataExport));
        values.put("languages", languages);
        values.put("registryConfiguration", registryConfiguration);
        return values;
    }

    /** These values (what was typed, merged with what is stored now) as a form opened on the stored version. */
    public static ServiceForm merged(Map<String, String> v, ServiceForm current) {
        return merged(v, current, current.opened);
    }

    private static ServiceForm merged(Map<String, String> v, ServiceForm current, String opened) {
        return new ServiceForm(v.get("name"), v.get("category"), v.get("url"), v.get("softwareName"),
                v.get("softwareLicence"), v.get("softwareSourceUrl"), v.get("registration"), v.get("priceModel"),
                Boolean.parseBoolean(v.get("encryptionInTransit")), Boolean.parseBoolean(v.get("endToEndEncryption")),
                Boolean.parseBoolean(v.get("dataExport")), v.get("languages"), v.get("registryConfiguration"),
                current.version, opened);
    }

    public ServiceDetails details(FormErrors errors, Labels labels) {
        String unknown = labels.messages().error_unknown_choice();
        return new ServiceDetails(name,
                FormValues.choice(ServiceCategory.class, "category", category, errors, unknown), url, softwareName,
                softwareLicence, softwareSourceUrl,
                FormValues.choice(Registration.class, "registration", registration, errors, unknown),
                FormValues.choice(PriceModel.class, "priceModel", priceModel, errors, unknown), encryptionInTransit,
                endToEndEncryption, dataExport, FormValues.codes(languages), registryConfiguration);
    }

    public long expectedVersion() {
        return FormValues.version(version);
    }

    /** Field name to value as shown to people: what a conflict compares. */
    public Map<String, String> shown(Labels labels) {
        Map<String, String> values = values();
        values.put("category", FormValues.label(ServiceCategory.class, category, labels::category));
        values.put("registration", FormValues.label(Registration.class, registration, labels::registration));
        values.put("priceModel", FormValues.label(PriceModel.class, priceModel, labels::price));
        values.put("encryptionInTransit", yesNo(encryptionInTransit, labels));
        values.put("endToEndEncryption", yesNo(endToEndEncryption, labels));
        values.put("dataExport", yesNo(dataExport, labels));
        return values;
    }

    private static String yesNo(boolean value, Labels labels) {
        return value ? labels.terms().yes() : labels.terms().no();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
