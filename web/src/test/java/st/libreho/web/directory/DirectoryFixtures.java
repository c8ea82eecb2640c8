package st.libreho.web.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;

/** Entries for directory tests. The database is shared by every test class of a run, so slugs are unique. */
public final class DirectoryFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private DirectoryFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
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
}
