package st.libreho.directory.internal.organisations;

import java.util.List;
import java.util.Locale;

import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.internal.IsoCodes;

/**
 * Tidies input before it is checked: trims text, turns blanks into "not given", and puts codes and addresses in
 * their canonical case, so that "FR ", "fr" and "Fr" are one language and searches match.
 */
final class Normalise {

    private Normalise() {
    }

    static OrganisationDetails details(OrganisationDetails d) {
        return new OrganisationDetails(text(d.name()), text(d.tagline()), text(d.description()), d.legalStructure(),
                d.foundingYear(), upper(d.country()), text(d.region()), codes(d.languages()), text(d.logoUrl()),
                text(d.homeUrl()), text(d.servicesPageUrl()), text(d.termsOfServiceUrl()), text(d.accountPolicyUrl()),
                text(d.privacyPolicyUrl()), text(d.economicModelUrl()), email(d.contactEmail()),
                text(d.contactUrl()));
    }

    static ServiceDetails service(ServiceDetails d) {
        return new ServiceDetails(text(d.name()), d.category(), text(d.url()), text(d.softwareName()),
                text(d.softwareLicence()), text(d.softwareSourceUrl()), d.registration(), d.priceModel(),
                d.encryptionInTransit(), d.endToEndEncryption(), d.dataExport(), codes(d.languages()),
                text(d.registryConfiguration()));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String email(String value) {
        String text = text(value);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static List<String> codes(List<String> values) {
        return values.stream().map(Normalise::text).filter(v -> v != null).map(IsoCodes::normalLanguage)
                .distinct().toList();
    }
}
