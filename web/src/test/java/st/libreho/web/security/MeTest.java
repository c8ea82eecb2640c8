package st.libreho.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.PersonView;
import st.libreho.platform.testing.DevSignIn;

@QuarkusTest
class MeTest {

    @TestHTTPResource("/")
    java.net.URL root;

    @Inject
    Directory directory;

    @Test
    void signingInThroughTheLoginPageLeadsToTheOwnPageAndRecordsThePerson() throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage login = browser.getPage(new java.net.URL(root, "/login"));
            HtmlButton operator = login.getFirstByXPath("//button[@value='operator']");
            HtmlPage me = operator.click();

            assertEquals("/me", me.getUrl().getPath());
            assertTrue(me.asNormalizedText().contains("operator@example.com"), me.asNormalizedText());
            assertTrue(me.getTitleText().startsWith("You"));
            org.htmlunit.html.HtmlElement account = me.getFirstByXPath("//nav[@class='account']");
            assertEquals("Operator", ((org.htmlunit.html.HtmlElement) account.getFirstByXPath(".//summary"))
                    .getTextContent().strip(), "the name heads the person's own links");
            assertNotNull(account.getFirstByXPath(".//a[@href='/operator'][normalize-space()='Operator tasks']"));
            String firstSeen = ((org.htmlunit.html.HtmlElement) me.getFirstByXPath("//time")).getTextContent();
            assertTrue(firstSeen.endsWith(" UTC"), "a date as people read it, not " + firstSeen);
            PersonView recorded = directory.personBySubject("operator").orElseThrow();
            assertEquals("Operator", recorded.displayName());
            assertEquals("operator@example.com", recorded.email());
        }
    }

    @Test
    void signingInFromAPageComesBackToThatPage() throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage services = browser.getPage(new java.net.URL(root, "/services?category=EMAIL&open=true"));
            HtmlPage login = services.getAnchorByText("Sign in").click();

            HtmlPage back = ((HtmlButton) login.getFirstByXPath("//button[@value='member']")).click();

            assertEquals("/services", back.getUrl().getPath());
            assertEquals("category=EMAIL&open=true", back.getUrl().getQuery());
            assertNotNull(back.getFirstByXPath("//form[@action='/logout']//button"), back.asXml());
        }
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void theOwnPageRecordsThePersonAgainWhenTheirRowIsGone() throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage login = browser.getPage(new java.net.URL(root, "/login"));
            ((HtmlButton) login.getFirstByXPath("//button[@value='person']")).click();
            try (var connection = dataSource.getConnection(); var delete = connection.createStatement()) {
                delete.execute("DELETE FROM directory.person WHERE subject = 'person'");
            }

            HtmlPage me = browser.getPage(new java.net.URL(root, "/me"));

            assertEquals(200, me.getWebResponse().getStatusCode());
            assertTrue(directory.personBySubject("person").isPresent());
        }
    }

    @Test
    void theOwnPageNeedsASignIn() {
        given().redirects().follow(false).get("/me")
                .then().statusCode(302)
                .header("Location", startsWith(DevSignIn.providerUrl()));
    }

    @Test
    void theApiAnswersWhoTheBearerIsAndRecordsThemOnTheFirstCall() {
        String token = DevSignIn.accessToken("delegate", "user");

        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("delegate"))
                .body("displayName", equalTo("Delegate"))
                .body("email", equalTo("delegate@example.com"))
                .body("emailVerified", equalTo(false))
                .body("roles", hasItem("user"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        assertTrue(directory.personBySubject("delegate").isPresent());
    }

    @Test
    void theApiShowsTheOperatorRole() {
        given().auth().oauth2(DevSignIn.accessToken("operator", "operator")).get("/api/v1/me")
                .then().statusCode(200).body("roles", hasItem("operator"));
    }

    @Test
    void theApiRefusesCallsWithoutAValidTokenInsteadOfRedirectingToASignInPage() {
        given().redirects().follow(false).get("/api/v1/me").then().statusCode(401);
        given().redirects().follow(false).auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage login = browser.getPage(new java.net.URL(root, "/login"));
            HtmlPage me = ((HtmlButton) login.getFirstByXPath("//button[@value='member']")).click();
            assertTrue(me.asNormalizedText().contains("member@example.com"));

            // a link from anywhere cannot sign a person out: only the layout's form, with its CSRF token, does
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            browser.getPage(new java.net.URL(root, "/logout"));
            assertTrue(browser.getPage(new java.net.URL(root, "/me")).getWebResponse().getContentAsString()
                    .contains("member@example.com"));

            HtmlPage home = ((HtmlButton) me.getFirstByXPath("//form[@action='/logout']//button")).click();

            assertEquals("/", home.getUrl().getPath(), home.getUrl() + "\n" + home.asNormalizedText());
            assertTrue(home.getAnchorByHref("/login?back=%2F") != null);
            HtmlPage again = browser.getPage(new java.net.URL(root, "/"));
            assertTrue(again.asNormalizedText().contains("Sign in"), again.asNormalizedText());
        }
    }

    @Test
    void theHeaderShowsWhoIsSignedIn() throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            HtmlPage login = browser.getPage(new java.net.URL(root, "/login"));
            ((HtmlButton) login.getFirstByXPath("//button[@value='person']")).click();
            HtmlPage home = browser.getPage(new java.net.URL(root, "/"));
            org.htmlunit.html.HtmlElement account = home.getFirstByXPath("//nav[@class='account']//summary");
            assertEquals("Person", account.getTextContent().strip());
            assertEquals("Sign out", ((org.htmlunit.html.HtmlElement) home
                    .getFirstByXPath("//nav[@class='account']//form[@action='/logout']//button")).getTextContent()
                    .strip());
        }
        given().get("/").then().body(containsString("Sign in"));
    }
}
