package st.libreho.web.directory;

import java.util.List;

import st.libreho.directory.Actor;
import st.libreho.directory.Directory;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;

/**
 * Test data made through the directory's facade, as the platform itself would. The database is shared by every test
 * class of a run, so each class names its organisations with a word of its own and searches for it.
 */
final class TestEntries {

    private TestEntries() {
    }

    static OrganisationDetails entry(String name, String country, String contactEmail, String... languages) {
        return new OrganisationDetails(name, "Tagline of " + name, null, LegalStructure.NON_PROFIT, 2016, country,
                null, List.of(languages), null, "https://example.org/" + name.hashCode(), null, null, null, null,
                null, contactEmail, null);
    }

    static ServiceDetails service(String name, ServiceCategory category, Registration registration,
            PriceModel price, String... languages) {
        return new ServiceDetails(name, category, "https://service.example.org/" + name.hashCode(), "Roundcube",
                "GPL-3.0-or-later", "https://github.com/roundcube/roundcubemail", registration, price, true, false,
                true, List.of(languages), null);
    }

    /** A slug no other test uses, for tests that change what they create. */
    static String uniqueSlug(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    static OrganisationView member(Directory directory, String slug, OrganisationDetails details) {
        return directory.createFoundingMember(slug, details, Actor.platform());
    }

    static ServiceView offer(Directory directory, String slug, ServiceDetails service) {
        return directory.addService(slug, service, Actor.platform());
    }

    /** The same entry with another tagline, as another delegate might save it. */
    static OrganisationDetails withTagline(OrganisationDetails d, String tagline) {
        return new OrganisationDetails(d.name(), tagline, d.description(), d.legalStructure(), d.foundingYear(),
                d.country(), d.region(), d.languages(), d.logoUrl(), d.homeUrl(), d.servicesPageUrl(),
                d.termsOfServiceUrl(), d.accountPolicyUrl(), d.privacyPolicyUrl(), d.economicModelUrl(),
                d.contactEmail(), d.contactUrl());
    }
}
