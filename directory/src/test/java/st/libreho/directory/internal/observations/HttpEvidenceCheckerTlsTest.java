package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.internal.observations.LocalSites.plan;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;

/** The home page's checks (HTTPS, certificate, plain HTTP redirected, HSTS, status) against real local servers. */
@Timeout(20)
class HttpEvidenceCheckerTlsTest {

    private static final String HSTS = "max-age=31536000";

    private final LocalSites sites = new LocalSites();

    @AfterEach
    void stop() {
        sites.close();
    }

    @Test
    void aValidHomeWithHstsAndARedirectFromPlainHttpHasNoFinding() {
        sites.valid.page("/", 200, "text/html; charset=utf-8", "<h1>Welcome</h1>", "Strict-Transport-Security",
                HSTS);
        sites.plain.on("/", exchange -> LocalSites.redirect(exchange, sites.valid.url("/")));

        CheckResult home = checkHome(sites.valid.url("/"));

        assertEquals(List.of(), home.findings());
        assertEquals(CheckKind.HOME_PAGE, home.kind());
        assertEquals(sites.valid.url("/"), home.subject());
        assertEquals(200, home.facts().httpStatus());
        assertEquals("text/html", home.facts().contentType());
        assertNull(home.facts().finalUrl(), "it led nowhere else");
        assertEquals(sites.validIdentity.notAfter().truncatedTo(ChronoUnit.SECONDS),
                home.facts().certificateNotAfter());
        assertTrue(home.facts().hsts());
        assertTrue(home.facts().redirectsToHttps());
        assertEquals(1, sites.plain.hits("/"), "plain HTTP was asked");
        assertTrue(sites.valid.headers.get(0).getFirst("User-Agent").startsWith(LocalSites.USER_AGENT));
    }

    @Test
    void aCertificateEndingWithinTheNoticePeriodIsANoticeOnly() {
        sites.valid.page("/", 200, "text/html", "<h1>Welcome</h1>", "Strict-Transport-Security", HSTS);
        sites.plain.on("/", exchange -> LocalSites.redirect(exchange, sites.valid.url("/")));
        CheckerSettings usual = sites.settings();
        CheckerSettings longNotice = new CheckerSettings(usual.connectTimeout(), usual.requestTimeout(), 4, Duration
                .ofDays(400), true, usual.userAgent(), usual.trust(), usual.plainHttpPort(), usual.retryPause(),
                Clock.systemUTC());

        CheckResult home = only(new HttpEvidenceChecker(longNotice).check(List.of(plan(sites.valid.url("/"), null,
                Map.of(), List.of(), CheckClass.TLS))));

        assertEquals(List.of(Finding.CERTIFICATE_EXPIRES_SOON), home.findings());
        assertFalse(home.failed());
    }

    @Test
    void anExpiredCertificate() {
        sites.expired.page("/", 200, "text/html", "<h1>Welcome</h1>");

        CheckResult home = checkHome(sites.expired.url("/"));

        assertEquals(List.of(Finding.CERTIFICATE_EXPIRED), home.findings());
        assertEquals(sites.expiredIdentity.notAfter().truncatedTo(ChronoUnit.SECONDS),
                home.facts().certificateNotAfter());
        assertTrue(home.facts().detail().startsWith("the certificate expired on "), home.facts().detail());
        assertEquals(0, sites.expired.requests.get(), "nothing is asked over a connection not to be trusted");
    }

    @Test
    void aSelfSignedCertificateIsNotTrusted_itsEndStillRecorded() {
        CheckResult home = checkHome(sites.selfSigned.url("/"));

        assertEquals(List.of(Finding.CERTIFICATE_NOT_TRUSTED), home.findings());
        assertEquals(sites.selfSignedIdentity.notAfter().truncatedTo(ChronoUnit.SECONDS),
                home.facts().certificateNotAfter());
    }

    @Test
    void aCertificateForAnotherName() {
        CheckResult home = checkHome(sites.misnamed.url("/"));

        assertEquals(List.of(Finding.CERTIFICATE_NAME_MISMATCH), home.findings());
        assertEquals(sites.misnamedIdentity.notAfter().truncatedTo(ChronoUnit.SECONDS),
                home.facts().certificateNotAfter());
    }

    @Test
    void noHstsAndNoRedirectAreNoticesOnly() {
        sites.valid.page("/bare", 200, "text/html", "<h1>Welcome</h1>");
        sites.plain.page("/bare", 200, "text/html", "<h1>Welcome, insecurely</h1>");

        CheckResult home = checkHome(sites.valid.url("/bare"));

        assertEquals(List.of(Finding.NO_HSTS, Finding.NO_HTTPS_REDIRECT), home.findings());
        assertFalse(home.failed());
        assertFalse(home.facts().hsts());
        assertFalse(home.facts().redirectsToHttps());
    }

    @Test
    void aPlainHttpAddressIsNotHttps() {
        sites.plain.page("/home", 200, "text/html", "<h1>Welcome</h1>");

        CheckResult home = checkHome(sites.plain.url("/home"));

        assertTrue(home.findings().contains(Finding.NOT_HTTPS), home.findings().toString());
        assertTrue(home.failed());
        assertEquals(200, home.facts().httpStatus());
    }

    @Test
    void aRedirectLoopIsTooManyRedirects() {
        sites.valid.on("/a", exchange -> LocalSites.redirect(exchange, "/b"));
        sites.valid.on("/b", exchange -> LocalSites.redirect(exchange, "/a"));

        CheckResult home = checkHome(sites.valid.url("/a"));

        assertEquals(List.of(Finding.TOO_MANY_REDIRECTS), home.findings());
        assertTrue(home.facts().detail().contains("loop"), home.facts().detail());
        assertEquals(2, sites.valid.requests.get(), "the loop is seen when it comes back");
    }

    @Test
    void endlessRedirectsStopAtTheLimit() {
        sites.valid.on("/hop/", exchange -> LocalSites.redirect(exchange, "/hop/" + System.nanoTime()));

        CheckResult home = checkHome(sites.valid.url("/hop/0"));

        assertEquals(List.of(Finding.TOO_MANY_REDIRECTS), home.findings());
        assertEquals(HttpEvidenceChecker.MAX_REDIRECTS + 1, sites.valid.requests.get());
    }

    @Test
    void aHomeNotFoundAndAServerError() {
        sites.valid.page("/gone", 410, "text/html", "gone");
        sites.valid.page("/broken", 503, "text/html", "down");

        List<CheckResult> results = new HttpEvidenceChecker(sites.settings()).check(List.of(plan(sites.valid.url(
                "/gone"), sites.valid.url("/broken"), Map.of(), List.of(), CheckClass.TLS)));

        assertEquals(Finding.NOT_FOUND, results.get(0).findings().get(0));
        assertEquals(CheckKind.SERVICES_PAGE, results.get(1).kind());
        assertEquals(Finding.HTTP_ERROR, results.get(1).findings().get(0));
        assertEquals(503, results.get(1).facts().httpStatus());
    }

    @Test
    void aRedirectToAnotherPageIsRecorded() {
        sites.valid.on("/old", exchange -> LocalSites.redirect(exchange, "/new"));
        sites.valid.page("/new", 200, "text/html", "<h1>Welcome</h1>", "Strict-Transport-Security", HSTS);
        sites.plain.on("/old", exchange -> LocalSites.redirect(exchange, sites.valid.url("/old")));

        CheckResult home = checkHome(sites.valid.url("/old"));

        assertEquals(List.of(), home.findings());
        assertEquals(sites.valid.url("/new"), home.facts().finalUrl());
    }

    @Test
    @Timeout(10)
    void aSlowHostTimesOutInTime() {
        sites.valid.on("/slow", exchange -> {
            LocalSites.sleep(15_000);
            LocalSites.send(exchange, 200, "text/html", "late");
        });
        sites.valid.on("/dripping", exchange -> LocalSites.Site.trickle(exchange, 10_000, 100));
        long start = System.nanoTime();

        List<CheckResult> results = new HttpEvidenceChecker(sites.settings()).check(List.of(plan(sites.valid.url(
                "/slow"), sites.valid.url("/dripping"), Map.of(), List.of(), CheckClass.TLS)));

        assertEquals(List.of(Finding.TIMED_OUT), results.get(0).findings());
        assertEquals(List.of(Finding.TIMED_OUT), results.get(1).findings());
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis < 2 * LocalSites.DEADLINE.toMillis() + 1_500, "gave up in time: " + millis + " ms");
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        CheckResult home = checkHome("https://localhost:" + port + "/");

        assertEquals(List.of(Finding.UNREACHABLE), home.findings());
        assertTrue(home.facts().detail().contains("could not be reached"), home.facts().detail());
    }

    @Test
    void anUnknownHostIsUnreachable() {
        CheckResult home = checkHome("https://no-such-host.invalid/");

        assertEquals(List.of(Finding.UNREACHABLE), home.findings());
    }

    @Test
    void aLargePageIsReadInPartNotRefused() {
        sites.valid.page("/big", 200, "text/html", "<p>" + "x".repeat(1024 * 1024) + "</p>",
                "Strict-Transport-Security", HSTS);
        sites.plain.on("/big", exchange -> LocalSites.redirect(exchange, sites.valid.url("/big")));

        assertEquals(List.of(), checkHome(sites.valid.url("/big")).findings());
    }

    private CheckResult checkHome(String home) {
        return only(new HttpEvidenceChecker(sites.settings()).check(List.of(plan(home, null, Map.of(), List.of(),
                CheckClass.TLS))));
    }

    static CheckResult only(List<CheckResult> results) {
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }
}
