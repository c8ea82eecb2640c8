package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.internal.observations.LocalSites.plan;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;

/** The declared policy pages: a document of their own, answering 200, over valid HTTPS. */
@Timeout(20)
class PolicyPagesCheckTest {

    private final LocalSites sites = new LocalSites();

    @AfterEach
    void stop() {
        sites.close();
    }

    @Test
    void anHtmlAndAPdfPolicyPass() {
        sites.valid.page("/terms", 200, "text/html; charset=utf-8", "<h1>Terms of service</h1>");
        sites.valid.on("/economics.pdf", exchange -> LocalSites.send(exchange, 200, "application/pdf",
                "%PDF-1.4\n% our economic model\n".getBytes(StandardCharsets.US_ASCII)));

        List<CheckResult> results = check(Map.of(CheckKind.TERMS_OF_SERVICE, sites.valid.url("/terms"),
                CheckKind.ECONOMIC_MODEL, sites.valid.url("/economics.pdf")));

        assertEquals(List.of(CheckKind.TERMS_OF_SERVICE, CheckKind.ECONOMIC_MODEL), results.stream().map(
                CheckResult::kind).toList(), "in the order of the kinds");
        results.forEach(result -> assertEquals(List.of(), result.findings(), result.toString()));
        assertEquals("application/pdf", results.get(1).facts().contentType());
        assertEquals(sites.validIdentity.notAfter(), results.get(1).facts().certificateNotAfter());
    }

    @Test
    void aMissingPage() {
        sites.valid.page("/privacy", 404, "text/html", "<h1>Not found</h1>");

        CheckResult privacy = only(check(Map.of(CheckKind.PRIVACY_POLICY, sites.valid.url("/privacy"))));

        assertEquals(List.of(Finding.NOT_FOUND), privacy.findings());
        assertEquals(404, privacy.facts().httpStatus());
    }

    @Test
    void aPageRedirectingToTheHomePage() {
        sites.valid.page("/", 200, "text/html", "<h1>Welcome</h1>");
        sites.valid.on("/privacy", exchange -> LocalSites.redirect(exchange, "/"));

        // the home page declared without its final "/" is the same page
        CheckResult privacy = only(new HttpEvidenceChecker(sites.settings()).check(List.of(plan(sites.valid.url(""),
                null, Map.of(CheckKind.PRIVACY_POLICY, sites.valid.url("/privacy")), List.of(),
                CheckClass.POLICY_PAGES))));

        assertEquals(List.of(Finding.REDIRECTS_TO_HOME), privacy.findings());
        assertEquals(sites.valid.url("/"), privacy.facts().finalUrl());
    }

    @Test
    void aRedirectToAnotherPageIsFine() {
        sites.valid.page("/legal/privacy", 200, "text/html", "<h1>Privacy</h1>");
        sites.valid.on("/privacy", exchange -> LocalSites.redirect(exchange, "/legal/privacy"));

        CheckResult privacy = only(check(Map.of(CheckKind.PRIVACY_POLICY, sites.valid.url("/privacy"))));

        assertEquals(List.of(), privacy.findings());
    }

    @Test
    void aParkedDomain() {
        sites.valid.page("/terms", 200, "text/html", "<html><body><h1>example.org</h1><p>This domain\n  is for "
                + "SALE! Contact the owner.</p></body></html>");

        CheckResult terms = only(check(Map.of(CheckKind.TERMS_OF_SERVICE, sites.valid.url("/terms"))));

        assertEquals(List.of(Finding.PARKED_DOMAIN), terms.findings());
    }

    @Test
    void jsonIsNotADocument() {
        sites.valid.page("/account", 200, "application/json", "{\"policy\": \"none\"}");

        CheckResult account = only(check(Map.of(CheckKind.ACCOUNT_POLICY, sites.valid.url("/account"))));

        assertEquals(List.of(Finding.NOT_A_DOCUMENT), account.findings());
        assertEquals("application/json", account.facts().contentType());
    }

    @Test
    void aLargePolicyPageIsCutNotRefused_andParkingIsOnlyLookedForAtTheStart() {
        sites.valid.page("/terms", 200, "text/html", "<h1>Terms</h1>" + "y".repeat(300 * 1024)
                + "this domain is for sale");

        assertEquals(List.of(), only(check(Map.of(CheckKind.TERMS_OF_SERVICE, sites.valid.url("/terms"))))
                .findings());
    }

    @Test
    void tlsProblemsOfAPolicyPageAreFindingsToo() {
        sites.plain.page("/privacy", 200, "text/html", "<h1>Privacy</h1>");

        List<CheckResult> results = check(Map.of(CheckKind.TERMS_OF_SERVICE, sites.expired.url("/terms"),
                CheckKind.PRIVACY_POLICY, sites.plain.url("/privacy")));

        assertEquals(List.of(Finding.CERTIFICATE_EXPIRED), results.get(0).findings());
        assertTrue(results.get(1).findings().contains(Finding.NOT_HTTPS), results.get(1).toString());
    }

    @Test
    void theHomePageIsToldByHostPathAndQuery() {
        String home = "https://www.example.org";
        assertTrue(PageCheck.sameHomePage(URI.create("https://example.org/"), home));
        assertTrue(PageCheck.sameHomePage(URI.create("http://EXAMPLE.org"), home));
        assertFalse(PageCheck.sameHomePage(URI.create("https://example.org/privacy"), home));
        assertFalse(PageCheck.sameHomePage(URI.create("https://example.org/?p=12"), home));
        assertFalse(PageCheck.sameHomePage(URI.create("https://example.org/"), null));
    }

    private List<CheckResult> check(Map<CheckKind, String> policies) {
        return new HttpEvidenceChecker(sites.settings()).check(List.of(plan(sites.valid.url("/"), null, policies,
                List.of(), CheckClass.POLICY_PAGES)));
    }

    private static CheckResult only(List<CheckResult> results) {
        return HttpEvidenceCheckerTlsTest.only(results);
    }
}
