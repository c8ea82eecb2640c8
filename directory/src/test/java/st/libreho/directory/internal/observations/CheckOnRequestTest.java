package st.libreho.directory.internal.observations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.member;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Commitment;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.StatementState;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/**
 * A delegation asks for a check of its organisation, and the platform visits its real (local) sites: a valid home
 * page, a privacy policy, terms of service that answer 404, and a mail service whose certificate has expired.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckOnRequestTest {

    static final String SLUG = "checked-sureau";
    static final String BUTTON = "checked-button";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void organisations() {
        LocalSites sites = LocalSitesChecker.SITES;
        Actor platform = Actor.platform();
        member(directory, SLUG, new OrganisationDetails("Sureau Vérifié", null, null, null, null, "FR", null,
                List.of("fr"), null, sites.valid.url("/"), null, sites.valid.url("/cgu"), null,
                sites.valid.url("/vie-privee"), null, "contact@sureau.example", null));
        directory.addDelegate(SLUG, "delegate@example.com", platform);
        directory.addService(SLUG, new ServiceDetails("Sureau Mail", ServiceCategory.EMAIL, sites.expired.url("/"),
                "Roundcube", "GPL-3.0-or-later", null, Registration.OPEN, PriceModel.FREE, true, false, true,
                List.of(), null), platform);
        directory.putStatement(SLUG, Commitment.FREE_ENCRYPTION, StatementState.MEETS, null, null, platform);
        member(directory, BUTTON, new OrganisationDetails("Button Hosting", null, null, null, null, null, null,
                List.of(), null, null, null, null, null, null, null, "contact@button.example", null));
        directory.addDelegate(BUTTON, "delegate@example.com", platform);
    }

    // the API calls say JSON: without a type, REST Assured posts as a form, which the CSRF filter refuses

    @Test
    void aDelegationChecksNowAndTheExpiredCertificateShowsEverywhere() throws Exception {
        String token = DevSignIn.accessToken("delegate", "user");
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/members/" + SLUG
                + "/observations/check").then().statusCode(200)
                .body("observations.observations.find { it.kind == 'SERVICE' }.findings",
                        hasItem("CERTIFICATE_EXPIRED"))
                .body("observations.observations.find { it.kind == 'SERVICE' }.facts.certificateNotAfter",
                        notNullValue())
                .body("observations.observations.find { it.kind == 'TERMS_OF_SERVICE' }.findings",
                        hasItem("NOT_FOUND"))
                .body("observations.observations.find { it.kind == 'PRIVACY_POLICY' }.failed", equalTo(false))
                .body("observations.observations.find { it.kind == 'HOME_PAGE' }.facts.hsts", equalTo(true))
                .body("observations.observations.find { it.kind == 'SECURITY_TXT' }.failed", equalTo(false))
                .body("observations.checkedAt", notNullValue());

        // the network's list names the member whose certificate has expired
        given().get("/directory/observations").then().statusCode(200).body(containsString("Sureau Vérifié"))
                .body(containsString("certificate expired"));
        String page = given().get("/members/" + SLUG).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Discrepancy"), "declared encryption, but the certificate expired");
        assertTrue(page.contains("answered 200"), "the privacy policy, beside the statement it bears on");

        // asking again at once is refused, with when to ask again
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/members/" + SLUG
                + "/observations/check").then()
                .statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("ask again after"));
    }

    @Test
    void onlyItsDelegationOrAnOperatorAsks() {
        given().auth().oauth2(DevSignIn.accessToken("stranger", "user"))
                .contentType(ContentType.JSON).post("/api/v1/members/" + SLUG + "/observations/check").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).post("/api/v1/members/" + SLUG + "/observations/check").then().statusCode(
                401);
        given().auth().oauth2(DevSignIn.accessToken("delegate", "user"))
                .contentType(ContentType.JSON).post("/api/v1/members/no-such-organisation/observations/check").then()
                .statusCode(404);
    }

    @Test
    void theButtonChecksOnceAndThenSaysWhenToAskAgain() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + BUTTON + "/observations");
            HtmlPage checked = page.<HtmlButton> getFirstByXPath(
                    "//form[@action='/members/" + BUTTON + "/observations/check']//button").click();
            assertTrue(checked.asNormalizedText().contains("Checked again just now."), checked.asNormalizedText());
            HtmlButton again = checked.getFirstByXPath(
                    "//form[@action='/members/" + BUTTON + "/observations/check']//button");
            assertTrue(again.isDisabled(), "the button waits for the rate limit");
            assertTrue(checked.asNormalizedText().contains("You can ask for a new check from"));
        }
    }
}
