package st.libreho.directory.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormMerge;
import st.libreho.platform.web.FormValues;

/**
 * An organisation's entry as its form sends it: every value as typed, so that a form shown again after an error
 * or a conflict keeps exactly what the person wrote. Field names are the directory's, so that its problems land
 * beside the right field.
 */
@TemplateData
public record EntryForm(@RestForm String name, @RestForm String tagline, @RestForm String description,
        @RestForm String legalStructure, @RestForm String foundingYear, @RestForm String country,
        @RestForm String region, @RestForm List<String> languages, @RestForm String logoUrl, @RestForm String homeUrl,
        @RestForm String servicesPageUrl, @RestForm String termsOfServiceUrl, @RestForm String accountPolicyUrl,
        @RestForm String privacyPolicyUrl, @RestForm String economicModelUrl, @RestForm String contactEmail,
        @RestForm String contactUrl, @RestForm String version, @RestForm String opened) {

    public static EntryForm empty() {
        return of(new OrganisationDetails(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), 0);
    }

    /** The form opened on an entry: its values, its version, and the same values as the form's opening ones. */
    public static EntryForm of(OrganisationDetails d, long version) {
        EntryForm form = new EntryForm(d.name(), d.tagline(), d.description(),
                d.legalStructure() == null ? null : d.legalStructure().name(), FormValues.text(d.foundingYear()),
                d.country(), d.region(), d.languages(), d.logoUrl(), d.homeUrl(),
                d.servicesPageUrl(), d.termsOfServiceUrl(), d.accountPolicyUrl(), d.privacyPolicyUrl(),
                d.economicModelUrl(), d.contactEmail(), d.contactUrl(), String.valueOf(version), null);
        return form.openedAs(form.values(), version);
    }

    /** The form's values field by field, as sent: what a merge compares. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("tagline", tagline);
        values.put("description", description);
        values.put("legalStructure", legalStructure);
        values.put("foundingYear", foundingYear);
        values.put("country", country);
        values.put("region", region);
        values.put("languages", FormValues.codes(chosenLanguages()));
        values.put("logoUrl", logoUrl);
        values.put("homeUrl", homeUrl);
        values.put("servicesPageUrl", servicesPageUrl);
        values.put("termsOfServiceUrl", termsOfServiceUrl);
        values.put("accountPolicyUrl", accountPolicyUrl);
        values.put("privacyPolicyUrl", privacyPolicyUrl);
        values.put("economicModelUrl", economicModelUrl);
        values.put("contactEmail", contactEmail);
        values.put("contactUrl", contactUrl);
        return values;
    }

    /**
     * These values (the merge of what was typed with what is stored now) as a form opened on the stored version, so
     * that saving it again applies the person's choices over that version.
     */
    public static EntryForm merged(Map<String, String> v, EntryForm current) {
        return new EntryForm(v.get("name"), v.get("tagline"), v.get("description"), v.get("legalStructure"),
                v.get("foundingYear"), v.get("country"), v.get("region"), FormValues.codes(v.get("languages")), v.get(
                        "logoUrl"),
                v.get("homeUrl"), v.get("servicesPageUrl"), v.get("termsOfServiceUrl"), v.get("accountPolicyUrl"),
                v.get("privacyPolicyUrl"), v.get("economicModelUrl"), v.get("contactEmail"), v.get("contactUrl"),
                current.version, current.opened);
    }

    private EntryForm openedAs(Map<String, String> openedValues, long openedVersion) {
        return new EntryForm(name, tagline, description, legalStructure, foundingYear, country, region, languages,
                logoUrl, homeUrl, servicesPageUrl, termsOfServiceUrl, accountPolicyUrl, privacyPolicyUrl,
                economicModelUrl, contactEmail, contactUrl, String.valueOf(openedVersion),
                FormMerge.opened(openedValues));
    }

    /** The details to send to the directory; what cannot even be read (a year in letters) goes to {@code errors}. */
    public OrganisationDetails details(FormErrors errors, Labels labels) {
        return new OrganisationDetails(name, tagline, description,
                FormValues.choice(LegalStructure.class, "legalStructure", legalStructure, errors,
                        labels.messages().error_unknown_choice()),
                FormValues.year("foundingYear", foundingYear, errors, labels.messages().error_not_a_year()),
                country, region, chosenLanguages(), logoUrl, homeUrl, servicesPageUrl, termsOfServiceUrl,
                accountPolicyUrl, privacyPolicyUrl, economicModelUrl, contactEmail, contactUrl);
    }

    /** The languages chosen in the form's list (none when nothing is chosen, which a browser then does not send). */
    public List<String> chosenLanguages() {
        return languages == null ? List.of() : languages.stream().filter(code -> code != null && !code.isBlank())
                .toList();
    }

    public long expectedVersion() {
        return FormValues.version(version);
    }

    /** Field name to value as shown to people, in the form's order: what a conflict compares. */
    public Map<String, String> shown(Labels labels) {
        Map<String, String> values = values();
        values.put("legalStructure", FormValues.label(LegalStructure.class, legalStructure, labels::legal));
        return values;
    }
}
