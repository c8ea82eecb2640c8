package st.libreho.directory.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import st.libreho.directory.Directory;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;
import st.libreho.platform.Actor;

/** Entries for directory tests. The database is shared by every test class of a run, so slugs are unique. */
public final class DirectoryFixtures {

    private DirectoryFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    public static OrganisationDetails details(String name, String contactEmail) {
        return new OrganisationDetails(name, "Hosting with care", "A small hoster run by volunteers.",
                LegalStructure.NON_PROFIT, 2015, "FR", "Bretagne", List.of("fr", "en"), "https://example.org/logo.png",
                "https://example.org", "https://example.org/services", "https://example.org/tos",
                "https://example.org/accounts", "https://example.org/privacy", "https://example.org/economy",
                contactEmail, null);
    }

    public static ServiceDetails email(Registration registration, List<String> languages) {
        return new ServiceDetails("Mail", ServiceCategory.EMAIL, "https://mail.example.org", "Mailcow",
                "GPL-3.0-only", "https://github.com/mailcow/mailcow-dockerized", registration, PriceModel.DONATION,
                true, false, true, languages, null);
    }

    public static String manifest(String name) {
        try (InputStream in = DirectoryFixtures.class.getResourceAsStream("/librehost/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OrganisationDetails entry(String name, String country, String contactEmail, String... languages) {
        return new OrganisationDetails(name, "Tagline of " + name, null, LegalStructure.NON_PROFIT, 2016, country,
                null, List.of(languages), null, "https://example.org/" + name.hashCode(), null, null, null, null,
                null, contactEmail, null);
    }

    public static ServiceDetails service(String name, ServiceCategory category, Registration registration,
            PriceModel price, String... languages) {
        return new ServiceDetails(name, category, "https://service.example.org/" + name.hashCode(), "Roundcube",
                "GPL-3.0-or-later", "https://github.com/roundcube/roundcubemail", registration, price, true, false,
                true, List.of(languages), null);
    }

    public static OrganisationView member(Directory directory, String slug, OrganisationDetails details) {
        return directory.createFoundingMember(slug, details, Actor.platform());
    }

    public static ServiceView offer(Directory directory, String slug, ServiceDetails service) {
        return directory.addService(slug, service, Actor.platform());
    }

    /** The same entry with another tagline, as another delegate might save it. */
    public static OrganisationDetails withTagline(OrganisationDetails d, String tagline) {
        return new OrganisationDetails(d.name(), tagline, d.description(), d.legalStructure(), d.foundingYear(),
                d.country(), d.region(), d.languages(), d.logoUrl(), d.homeUrl(), d.servicesPageUrl(),
                d.termsOfServiceUrl(), d.accountPolicyUrl(), d.privacyPolicyUrl(), d.economicModelUrl(),
                d.contactEmail(), d.contactUrl());
    }

    /**
     * Services for "find a host" searches: open e-mail in French (two, one from an English-speaking host), e-mail on
     * request, e-mail in English only, and chat. Each name starts with "Zephyr" so that a search finds just these.
     */
    public static void zephyrHosts(Directory directory) {
        member(directory, "needs-zephyr", entry("Zephyr Mail Coop", "FR", null, "fr"));
        offer(directory, "needs-zephyr",
                service("Zephyrmail open", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.DONATION));
        offer(directory, "needs-zephyr",
                service("Zephyrmail invite", ServiceCategory.EMAIL, Registration.ON_REQUEST, PriceModel.FREE));
        offer(directory, "needs-zephyr",
                service("Zephyrchat", ServiceCategory.CHAT, Registration.OPEN, PriceModel.FREE));
        member(directory, "needs-zephyr-en", entry("Zephyr English Hosting", "GB", null, "en"));
        offer(directory, "needs-zephyr-en",
                service("Zephyrmail english", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.FREE));
        // speaks English as an organisation, but this service is offered in French too
        offer(directory, "needs-zephyr-en",
                service("Zephyrmail bilingue", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.PAID, "en", "fr"));
    }
}
