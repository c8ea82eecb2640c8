package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.member;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Commitment;
import st.libreho.directory.Directory;
import st.libreho.directory.Finding;
import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.ObservedFacts;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementState;
import st.libreho.directory.internal.observations.CheckResult;
import st.libreho.directory.internal.observations.Observations;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/**
 * What the public and a delegation read of observed evidence: declared beside observed on the member page, the
 * network's failing checks, the API, opt-outs. Observations are recorded directly here; the checker that makes them
 * is tested against real servers on its own.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservationPagesTest {

    static final String SLUG = "observed-sureau";
    static final String QUIET = "observed-quiet";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Inject
    Observations observations;

    long organisationId;
    ServiceView mail;
    ServiceView social;

    @BeforeAll
    void observedMember() {
        Actor platform = Actor.platform();
        organisationId = member(directory, SLUG, new OrganisationDetails("Sureau Hébergement", null, null, null, null,
                "FR", null, List.of("fr"), null, "https://sureau.example", "https://sureau.example/services",
                "https://sureau.example/cgu", null, "https://sureau.example/vie-privee", null,
                "contact@sureau.example", null)).id();
        directory.addDelegate(SLUG, "delegate@example.com", platform);
        mail = directory.addService(SLUG, new ServiceDetails("Sureau Mail", ServiceCategory.EMAIL,
                "https://mail.sureau.example", "Roundcube", "GPL-3.0-or-later", null, Registration.ON_REQUEST,
                PriceModel.FREE, true, false, true, List.of(), null), platform);
        social = directory.addService(SLUG, new ServiceDetails("Sureau Social", ServiceCategory.SOCIAL_NETWORK,
                "https://social.sureau.example", "Mastodon", "AGPL-3.0-or-later", null, Registration.OPEN,
                PriceModel.FREE, true, false, true, List.of(), null), platform);
        directory.putStatement(SLUG, Commitment.FREE_ENCRYPTION, StatementState.MEETS, null, null, platform);
        directory.putStatement(SLUG, Commitment.NO_DATA_EXPLOITATION, StatementState.MEETS, null, null, platform);
        member(directory, QUIET, new OrganisationDetails("Quiet Hosting", null, null, null, null, null, null,
                List.of(), null, "https://quiet.example", null, null, null, null, null, null, null));

        recordSureau();
    }

    /** What the round saw at Sureau; again after a test that changed it. */
    private void recordSureau() {
        Instant at = Instant.parse("2026-12-02T06:00:00Z");
        record(at, List.of(
                result(CheckKind.HOME_PAGE, "https://sureau.example", null, List.of(),
                        facts(200, Instant.parse("2027-03-03T10:00:00Z"))),
                result(CheckKind.PRIVACY_POLICY, "https://sureau.example/vie-privee", null, List.of(),
                        facts(200, null)),
                result(CheckKind.TERMS_OF_SERVICE, "https://sureau.example/cgu", null, List.of(Finding.NOT_FOUND),
                        facts(404, null)),
                result(CheckKind.SERVICE, "https://mail.sureau.example", mail.id(),
                        List.of(Finding.CERTIFICATE_EXPIRED), facts(null, Instant.parse("2026-12-01T00:00:00Z"))),
                result(CheckKind.SECURITY_TXT, "https://sureau.example/.well-known/security.txt", null,
                        List.of(Finding.SECURITY_TXT_MISSING), facts(404, null)),
                result(CheckKind.NODEINFO, "https://social.sureau.example", social.id(), List.of(),
                        new ObservedFacts(200, null, "application/json", null, null, null, null, null,
                                new NodeInfoFacts("2.0", "mastodon", "4.3.2", List.of("activitypub"), false, 1500L,
                                        200L, "Sureau 𝑓"),
                                null))));
    }

    @Test
    void theMemberPageShowsDeclaredBesideObserved() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            String text = Browser.open(browser, root, "/members/" + SLUG).asNormalizedText();

            assertTrue(text.contains("answered 200"), text); // the privacy policy, beside the statement on data
            assertTrue(text.contains("certificate expired on"), text);
            assertTrue(text.contains("(91 days left)"), "the home page's certificate, days until it ends: " + text);
            assertTrue(text.contains("Discrepancy"), "declared encryption, but a certificate expired: " + text);
            assertTrue(text.contains("not found (404)"), text);
            assertTrue(text.contains("no security.txt"), text);
            assertTrue(text.contains("mastodon 4.3.2"), "NodeInfo's software beside the declared one: " + text);
            assertTrue(text.contains("Differs from what is declared: registrations"), text);
            String all = Browser.open(browser, root, "/members/" + SLUG + "/observations").asNormalizedText();
            assertTrue(all.contains("mastodon 4.3.2"), "NodeInfo's software in the organisation's list: " + all);
            assertFalse(text.contains("Your failing checks"), "failures first only for the delegation");
        }
    }

    @Test
    void theDelegationSeesItsFailuresFirstWithHowToFixThem() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + SLUG);
            String text = page.asNormalizedText();
            int failures = text.indexOf("Your failing checks");
            assertTrue(failures > 0 && failures < text.indexOf("About"), "before the entry itself: " + text);
            assertTrue(text.contains("Renew the certificate"), text);
        }
    }

    @Test
    void theNetworkPageListsFailingChecksAndNotPassingOnes() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            String text = Browser.open(browser, root, "/directory/observations").asNormalizedText();
            assertTrue(text.contains("Sureau Hébergement"), text);
            assertTrue(text.contains("https://mail.sureau.example"), text);
            assertTrue(text.contains("certificate expired"), text);
            assertFalse(text.contains("https://sureau.example/vie-privee"), "a passing check is not a failure");
        }
    }

    @Test
    void pagesSpeakFrench() {
        String member = given().header("Accept-Language", "fr").get("/members/" + SLUG).then().statusCode(200)
                .extract().asString();
        assertTrue(member.contains("certificat expiré le"), member);
        assertTrue(member.contains("Écart"), member);
        given().header("Accept-Language", "fr").get("/directory/observations").then().statusCode(200)
                .body(containsString("Vérifications en échec dans le réseau"));
    }

    @Test
    void theApiServesTheSame() {
        given().get("/api/v1/observations?size=100").then().statusCode(200)
                .body("items.findAll { it.slug == '" + SLUG + "' }.observation.kind", hasItem("SERVICE"))
                .body("items.findAll { it.slug == '" + SLUG + "' }.observation.subject",
                        not(hasItem("https://sureau.example/vie-privee")));
        given().get("/api/v1/members/" + SLUG + "/observations").then().statusCode(200)
                .body("observations.observations[0].failed", equalTo(true))
                .body("observations.observations.find { it.kind == 'NODEINFO' }.facts.nodeInfo.nodeName",
                        equalTo("Sureau 𝑓"))
                .body("nodeInfo[0].serviceId", equalTo((int) social.id()))
                .body("nodeInfo[0].differences", hasItem("REGISTRATIONS_DIFFER"));
        given().get("/api/v1/members/no-such-organisation/observations").then().statusCode(404);
    }

    @Test
    void aFailureKeepsSinceWhenItFailsAndAFixedOneLeavesTheList() {
        Instant first = Instant.parse("2026-11-01T06:00:00Z");
        Instant second = first.plus(Duration.ofDays(1));
        Instant third = second.plus(Duration.ofDays(1));
        QuarkusTransaction.requiringNew().run(() -> observations.record(quietId(), List.of(result(
                CheckKind.HOME_PAGE, "https://quiet.example", null, List.of(Finding.TIMED_OUT), facts(null, null),
                first)), first));
        QuarkusTransaction.requiringNew().run(() -> observations.record(quietId(), List.of(result(
                CheckKind.HOME_PAGE, "https://quiet.example", null, List.of(Finding.UNREACHABLE), facts(null, null),
                second)), second));
        var failing = QuarkusTransaction.requiringNew().call(() -> directory.observations(QUIET).orElseThrow());
        assertEquals(first, failing.failing().get(0).failingSince(), "still failing since the first failure");

        QuarkusTransaction.requiringNew().run(() -> observations.record(quietId(), List.of(result(
                CheckKind.HOME_PAGE, "https://quiet.example", null, List.of(), facts(200, null), third)), third));
        given().get("/api/v1/observations?size=100").then().statusCode(200)
                .body("items.slug", not(hasItem(QUIET)));
    }

    @Test
    void twoServicesAtOneAddressEachKeepTheirOwnObservation() {
        Actor platform = Actor.platform();
        long twin = member(directory, "observed-twin", new OrganisationDetails("Twin Hosting", null, null, null, null,
                null, null, List.of(), null, "https://quiet.example", null, null, null, null, null, null, null)).id();
        ServiceDetails shared = new ServiceDetails("Quiet Pads", ServiceCategory.PADS, "https://quiet.example",
                "Etherpad", "Apache-2.0", null, Registration.OPEN, PriceModel.FREE, true, false, true, List.of(),
                null);
        ServiceView pads = directory.addService("observed-twin", shared, platform);
        ServiceView forms = directory.addService("observed-twin", new ServiceDetails("Quiet Forms",
                ServiceCategory.FORMS,
                "https://quiet.example", "Framaforms", "GPL-2.0-or-later", null, Registration.OPEN, PriceModel.FREE,
                true, false, true, List.of(), null), platform);
        Instant at = Instant.parse("2026-12-02T06:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> observations.record(twin, List.of(
                new CheckResult(twin, CheckKind.SERVICE, "https://quiet.example", pads.id(),
                        List.of(Finding.CERTIFICATE_EXPIRED), facts(null, at.minusSeconds(60)), at),
                new CheckResult(twin, CheckKind.SERVICE, "https://quiet.example", forms.id(), List.of(),
                        facts(200, at.plus(Duration.ofDays(30))), at)), at));

        var observed = QuarkusTransaction.requiringNew().call(() -> directory.observations("observed-twin")
                .orElseThrow());
        assertTrue(observed.ofService(CheckKind.SERVICE, pads.id()).orElseThrow().failed());
        assertFalse(observed.ofService(CheckKind.SERVICE, forms.id()).orElseThrow().failed());
        // and the page tells them apart by the service's name
        String page = given().get("/members/observed-twin/observations").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("Service over HTTPS, Quiet Pads:"), page);
        assertTrue(page.contains("Service over HTTPS, Quiet Forms:"), page);
    }

    @Test
    void anOlderVisitStoredLateDoesNotUndoANewerOne() {
        long id = member(directory, "observed-late", new OrganisationDetails("Late Hosting", null, null, null, null,
                null, null, List.of(), null, "https://late.example", null, null, null, null, null, null, null)).id();
        Instant round = Instant.parse("2026-12-02T06:00:00Z");
        Instant request = round.plusSeconds(60);
        // the delegation's check now began after the round's visit, and is stored first
        assertTrue(QuarkusTransaction.requiringNew().call(() -> observations.record(id, List.of(new CheckResult(id,
                CheckKind.HOME_PAGE, "https://late.example", null, List.of(), facts(200, null), request)),
                request)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> observations.record(id, List.of(new CheckResult(id,
                CheckKind.HOME_PAGE, "https://late.example", null, List.of(Finding.TIMED_OUT), facts(null, null),
                round)), round)), "the round's older visit is dropped");
        assertFalse(QuarkusTransaction.requiringNew()
                .call(() -> directory.observations("observed-late").orElseThrow().observations().get(0).failed()));
    }

    @Test
    void aHostThatDidNotAnswerIsNoDiscrepancy() {
        long id = member(directory, "observed-slow", new OrganisationDetails("Slow Hosting", null, null, null, null,
                null, null, List.of(), null, "https://slow.example", null, null, null, null, null, null, null)).id();
        ServiceView service = directory.addService("observed-slow", new ServiceDetails("Slow Mail",
                ServiceCategory.EMAIL, "https://mail.slow.example", "Roundcube", "GPL-3.0-or-later", null,
                Registration.OPEN, PriceModel.FREE, true, false, true, List.of(), null), Actor.platform());
        directory.putStatement("observed-slow", Commitment.FREE_ENCRYPTION, StatementState.MEETS, null, null,
                Actor.platform());
        Instant at = Instant.parse("2026-12-02T06:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> observations.record(id, List.of(new CheckResult(id,
                CheckKind.SERVICE, "https://mail.slow.example", service.id(), List.of(Finding.TIMED_OUT),
                facts(null, null), at)), at));

        String page = given().get("/members/observed-slow").then().statusCode(200).extract().asString();
        assertTrue(page.contains("no answer in time"), "the failure is shown");
        assertFalse(page.contains("Discrepancy"), "but a timeout says nothing about encryption");
    }

    @Test
    void aDelegationOptsOutOfAClassAndThePageSaysSo() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + SLUG + "/observations");
            HtmlForm form = page.getFirstByXPath("//form[@action='/members/" + SLUG + "/observations/opt-outs']");
            form.<HtmlCheckBoxInput> getInputByValue("nodeinfo").setChecked(true);
            HtmlPage saved = form.<org.htmlunit.html.HtmlButton> getFirstByXPath(".//button").click();
            assertTrue(saved.asNormalizedText().contains("Opt-outs saved."), saved.asNormalizedText());

            String member = Browser.open(browser, root, "/members/" + SLUG).asNormalizedText();
            assertTrue(member.contains("Not checked: the organisation opted out of NodeInfo."), member);
            assertFalse(member.contains("mastodon 4.3.2"), "an opted-out class's old observation is gone");
        } finally {
            directory.optOutOfChecks(SLUG, java.util.Set.of(), Actor.platform());
            recordSureau();
        }
    }

    @Test
    void onlyItsDelegationOrAnOperatorOptsOut() {
        given().auth().oauth2(DevSignIn.accessToken("stranger", "user")).contentType(ContentType.JSON)
                .body("{\"optOuts\":[\"tls\"]}").put("/api/v1/members/" + SLUG + "/observations/opt-outs")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"optOuts\":[\"tls\"]}")
                .put("/api/v1/members/" + SLUG + "/observations/opt-outs").then().statusCode(401);
        given().auth().oauth2(DevSignIn.accessToken("delegate", "user")).contentType(ContentType.JSON)
                .body("{\"optOuts\":[\"tls\", \"everything\"]}")
                .put("/api/v1/members/" + SLUG + "/observations/opt-outs").then().statusCode(422)
                .body("errors[0].field", equalTo("optOuts"));
    }

    private long quietId() {
        return directory.profile(QUIET).orElseThrow().organisation().id();
    }

    private void record(Instant at, List<CheckResult> results) {
        QuarkusTransaction.requiringNew().run(() -> observations.record(organisationId, results, at));
    }

    private CheckResult result(CheckKind kind, String subject, Long serviceId, List<Finding> findings,
            ObservedFacts facts) {
        return result(kind, subject, serviceId, findings, facts, Instant.parse("2026-12-02T06:00:00Z"));
    }

    private CheckResult result(CheckKind kind, String subject, Long serviceId, List<Finding> findings,
            ObservedFacts facts, Instant at) {
        long id = kind == CheckKind.HOME_PAGE && subject.contains("quiet") ? quietId() : organisationId;
        return new CheckResult(id, kind, subject, serviceId, findings, facts, at);
    }

    private static ObservedFacts facts(Integer status, Instant certificateNotAfter) {
        return new ObservedFacts(status, null, status == null ? null : "text/html", certificateNotAfter, null, null,
                null, null, null, null);
    }
}
