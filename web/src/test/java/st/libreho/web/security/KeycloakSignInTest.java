package st.libreho.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import st.libreho.directory.Directory;
import st.libreho.directory.testing.DirectoryFixtures;

/**
 * Signs in through a real Keycloak with the realm that production imports: the authorization code flow of the web
 * pages, bearer tokens for the API, and sign-out. The OIDC Dev Service must stay off: its demo server would answer
 * instead of Keycloak.
 */
@QuarkusTest
@TestProfile(KeycloakSignInTest.WithoutOidcDevService.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class KeycloakSignInTest {

    /**
     * Dev Services start while the application is built, before test resources run: the Keycloak URL that
     * {@link KeycloakTestResource} provides comes too late to keep the OIDC Dev Service from starting, so this
     * build-time setting does.
     */
    public static class WithoutOidcDevService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.devservices.enabled", "false");
        }
    }

    @TestHTTPResource("/")
    URL app;

    @Inject
    Directory directory;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @ConfigProperty(name = "quarkus.oidc.api.auth-server-url")
    String apiAuthServerUrl;

    @Test
    void bothTenantsUseKeycloakNotTheDevService() {
        assertTrue(authServerUrl.endsWith("/realms/" + KeycloakTestResource.REALM), authServerUrl);
        assertEquals(authServerUrl, apiAuthServerUrl);
    }

    @Test
    void operatorSignsInOnKeycloakAndSeesTheirPage() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage me = signIn(browser, "operator", "operator");

            assertEquals("/me", me.getUrl().getPath());
            String text = me.asNormalizedText();
            assertTrue(text.contains("Olga Operator"), text);
            assertTrue(text.contains("operator@example.com"), text);
        }
    }

    @Test
    void aFormSentAfterTheTokensExpiredIsSaved() throws Exception {
        String slug = DirectoryFixtures.uniqueSlug("refresh");
        DirectoryFixtures.member(directory, slug,
                DirectoryFixtures.entry("Refresh " + slug, "FR", "member@example.com", "fr"));
        try (WebClient browser = browser()) {
            signIn(browser, "member", "member");
            HtmlPage edit = browser.getPage(app + "members/" + slug + "/edit");
            HtmlForm entry = edit.getFirstByXPath("//form[contains(@action, '/edit')]");
            entry.getInputByName("tagline").setValue("Typed while the tokens expired");

            // the test realm's tokens expire after a few seconds: the session must refresh them, or the POST would
            // be sent to sign in again and come back as an empty form
            Thread.sleep((KeycloakTestResource.TOKEN_LIFESPAN_SECONDS + 3) * 1000L);
            HtmlPage saved = ((HtmlButton) entry.getFirstByXPath(".//button[@type='submit']")).click();

            assertEquals("/members/" + slug, saved.getUrl().getPath(), saved.getUrl().toString());
        }
        assertEquals("Typed while the tokens expired",
                directory.profile(slug).orElseThrow().organisation().details().tagline());
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() throws Exception {
        try (WebClient browser = browser()) {
            HtmlPage me = signIn(browser, "member", "member");

            HtmlPage afterLogout = ((HtmlButton) me.getFirstByXPath("//form[@action='/logout']//button")).click();
            assertEquals(app.getPort(), afterLogout.getUrl().getPort(), afterLogout.getUrl().toString());
            assertEquals("/", afterLogout.getUrl().getPath());

            // neither the platform's session nor Keycloak's single sign-on session is left
            HtmlPage again = browser.getPage(app + "me");
            assertTrue(again.getUrl().toString().startsWith(authServerUrl), again.getUrl().toString());
            assertNotNull(again.getElementById("kc-form-login"));
        }
    }

    @Test
    void apiAcceptsKeycloakBearerTokensOnly() throws Exception {
        given().when().get("/api/v1/me").then().statusCode(401);

        String token = passwordGrant("operator", "operator");
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo(claims(token).path("sub").asText()))
                .body("displayName", equalTo("Olga Operator"))
                .body("email", equalTo("operator@example.com"))
                .body("emailVerified", equalTo(true))
                .body("preferredLanguage", equalTo("en"))
                .body("roles", hasItem("operator"));

        given().auth().oauth2(passwordGrant("person", "person"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Pat Person"))
                .body("roles", not(hasItem("operator")));

        given().auth().oauth2(token.substring(0, token.length() - 4) + "AAAA")
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void theApiRefusesATokenIssuedToTheWebClient() throws Exception {
        String webToken = webClientAccessToken("operator", "operator");
        given().auth().oauth2(webToken).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(passwordGrant("operator", "operator")).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void theWebPageAndTheApiSeeTheSamePerson() throws Exception {
        String subject;
        try (WebClient browser = browser()) {
            HtmlPage me = signIn(browser, "delegate", "delegate");
            DomElement code = me.getFirstByXPath("//dd/code");
            subject = code.getTextContent().trim();
        }
        given().auth().oauth2(passwordGrant("delegate", "delegate"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo(subject))
                .body("preferredLanguage", equalTo("fr"));
    }

    /** Goes to /login, which sends the browser to Keycloak; fills in Keycloak's own form, and comes back. */
    private HtmlPage signIn(WebClient browser, String username, String password) throws Exception {
        HtmlPage login = browser.getPage(app + "login");
        assertTrue(login.getUrl().toString().startsWith(authServerUrl + "/protocol/openid-connect/auth"),
                "expected Keycloak's sign-in page, got " + login.getUrl());
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        HtmlPage landed = login.getHtmlElementById("kc-login").click();
        assertEquals(app.getPort(), landed.getUrl().getPort(), "still on " + landed.getUrl() + ":\n"
                + landed.asNormalizedText());
        return landed;
    }

    /** A browser without JavaScript: Keycloak's sign-in form works without it, and so do the platform's pages. */
    private static WebClient browser() {
        WebClient browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
        return browser;
    }

    /**
     * An access token of the web client, as the platform's own sign-in gets one: Keycloak's form, then the code
     * exchanged with the client's secret.
     */
    private String webClientAccessToken(String username, String password) throws Exception {
        String back = app + "signed-in";
        String code;
        try (WebClient browser = browser()) {
            HtmlPage login = browser.getPage(authServerUrl + "/protocol/openid-connect/auth?response_type=code"
                    + "&scope=openid&client_id=" + KeycloakTestResource.WEB_CLIENT_ID + "&redirect_uri="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            HtmlForm form = login.getHtmlElementById("kc-form-login");
            form.getInputByName("username").setValue(username);
            form.getInputByName("password").setValue(password);
            browser.getOptions().setRedirectEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            String location = login.getHtmlElementById("kc-login").click().getWebResponse()
                    .getResponseHeaderValue("Location");
            Matcher found = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            assertTrue(found.find(), location);
            code = found.group(1);
        }
        return given().formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", back).formParam("client_id", KeycloakTestResource.WEB_CLIENT_ID)
                .formParam("client_secret", KeycloakTestResource.WEB_CLIENT_SECRET)
                .when().post(authServerUrl + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** What a command-line tool does with the public client: the password grant, for a demo user. */
    private String passwordGrant(String username, String password) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", KeycloakTestResource.CLI_CLIENT_ID)
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .when().post(authServerUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static JsonNode claims(String jwt) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8));
    }
}
