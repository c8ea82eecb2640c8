package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static st.libreho.directory.internal.observations.LocalSites.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;

/** {@code /.well-known/security.txt} on the home host. */
@Timeout(20)
class SecurityTxtCheckTest {

    private static final String PATH = "/.well-known/security.txt";
    private static final Instant NEXT_YEAR = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private final LocalSites sites = new LocalSites();

    @AfterEach
    void stop() {
        sites.close();
    }

    @Test
    void aValidSignedSecurityTxt() {
        sites.valid.page(PATH, 200, "text/plain; charset=utf-8", """
                -----BEGIN PGP SIGNED MESSAGE-----
                Hash: SHA256

                # our security contacts
                Contact: mailto:security@example.org
                Contact: https://example.org/security
                Expires: %s
                Preferred-Languages: en, fr
                -----BEGIN PGP SIGNATURE-----

                iHUEARYIAB0WIQ...
                -----END PGP SIGNATURE-----
                """.formatted(NEXT_YEAR));

        CheckResult result = check();

        assertEquals(CheckKind.SECURITY_TXT, result.kind());
        assertEquals(sites.valid.url(PATH), result.subject());
        assertEquals(List.of(), result.findings());
        assertEquals(NEXT_YEAR, result.facts().securityTxtExpires());
        assertEquals(List.of("mailto:security@example.org", "https://example.org/security"),
                result.facts().securityTxtContacts());
    }

    @Test
    void aMissingSecurityTxt() {
        sites.valid.page(PATH, 404, "text/html", "<h1>Not found</h1>");

        assertEquals(List.of(Finding.SECURITY_TXT_MISSING), check().findings());
    }

    @Test
    void anExpiredSecurityTxt() {
        sites.valid.page(PATH, 200, "text/plain",
                "Contact: mailto:security@example.org\nExpires: 2020-01-01T00:00:00Z\n");

        CheckResult result = check();

        assertEquals(List.of(Finding.SECURITY_TXT_EXPIRED), result.findings());
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), result.facts().securityTxtExpires());
    }

    @Test
    void aSecurityTxtWithoutContact() {
        sites.valid.page(PATH, 200, "text/plain", "Expires: " + NEXT_YEAR + "\n");

        CheckResult result = check();

        assertEquals(List.of(Finding.SECURITY_TXT_INVALID), result.findings());
        assertFalse(result.facts().detail().isBlank(), "says why"); // in the parser's words
    }

    @Test
    void aPageAnsweringEveryPathIsNoSecurityTxt() {
        sites.valid.page(PATH, 200, "text/html", "<h1>Welcome</h1>");

        assertEquals(List.of(Finding.SECURITY_TXT_INVALID), check().findings());
    }

    @Test
    void noHomePageNoSecurityTxtCheck() {
        assertEquals(List.of(), new HttpEvidenceChecker(sites.settings()).check(List.of(plan(" ", null, Map.of(),
                List.of(), CheckClass.SECURITY_TXT))));
    }

    @Test
    void anUntrustedCertificateOnTheHomeHost() {
        CheckResult result = HttpEvidenceCheckerTlsTest.only(new HttpEvidenceChecker(sites.settings()).check(List.of(
                plan(sites.selfSigned.url("/"), null, Map.of(), List.of(), CheckClass.SECURITY_TXT))));

        assertEquals(List.of(Finding.CERTIFICATE_NOT_TRUSTED), result.findings());
        assertNull(result.facts().securityTxtExpires());
    }

    private CheckResult check() {
        return HttpEvidenceCheckerTlsTest.only(new HttpEvidenceChecker(sites.settings()).check(List.of(plan(
                sites.valid.url("/"), null, Map.of(), List.of(), CheckClass.SECURITY_TXT))));
    }
}
