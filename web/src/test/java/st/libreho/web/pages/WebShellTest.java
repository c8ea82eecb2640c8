package st.libreho.web.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import st.libreho.web.PackagedSettings;

@QuarkusTest
class WebShellTest {

    @Test
    void theHomePageSaysWhatTheNetworkIsWithNavigationAndTheLicence() {
        given().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("A network of small hosting providers who cooperate"))
                .body(containsString("href=\"/directory\">Directory</a>"))
                .body(containsString("href=\"/registry\">Registry</a>"))
                .body(containsString("href=\"/kb\">Knowledge base</a>"))
                .body(containsString("href=\"/decisions\">Decisions</a>"))
                .body(containsString("href=\"/news\">News</a>"))
                .body(containsString("AGPL-3.0-or-later"))
                .body(containsString(">Source code</a>"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("class=\"skip-link\" href=\"#main\""));
    }

    @Test
    void pagesSpeakFrenchToABrowserThatPrefersIt() {
        given().header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Un réseau de petits hébergeurs qui coopèrent"))
                .body(containsString(">Annuaire</a>"));
    }

    @Test
    void theDecisionsAndTheNewsAreThereAndNoLongerComingSoon() {
        given().get("/decisions").then().statusCode(200)
                .body(containsString("<h1>Decision log</h1>"))
                .body(containsString("href=\"/decisions/proposals\""));
        given().get("/news").then().statusCode(200)
                .body(containsString("<h1>News</h1>"))
                .body(containsString("href=\"/news.atom\""));
        given().header("Accept-Language", "fr").get("/decisions").then().statusCode(200)
                .body(containsString("Journal des décisions")).body(containsString(">Décisions</a>"));
    }

    @Test
    void theRegistryIsThereAndNoLongerComingSoon() {
        given().get("/registry").then().statusCode(200)
                .body(containsString("<h1>Registry</h1>"))
                .body(containsString("action=\"/registry\""))
                .body(not(containsString("This part of the platform is being built.")));
        given().header("Accept-Language", "fr").get("/registry").then().statusCode(200)
                .body(containsString("<h1>Registre</h1>")).body(containsString("Chercher des configurations"));
    }

    @Test
    void theKnowledgeBaseIsThereAndNoLongerComingSoon() {
        given().get("/kb").then().statusCode(200)
                .body(containsString("<h1>Knowledge base</h1>"))
                .body(containsString("href=\"/kb/changes\""))
                .body(not(containsString("This part of the platform is being built.")));
        given().header("Accept-Language", "fr").get("/kb").then().statusCode(200)
                .body(containsString("Base de connaissances")).body(containsString("Modifications récentes"));
    }

    @Test
    void onASmallScreenTheMenuFoldsBehindAButtonThatNeedsNoJavaScript() {
        // the stylesheet hides .menu below 48rem unless the checkbox before it is ticked by its label
        given().get("/").then()
                .body(containsString("<input type=\"checkbox\" id=\"menu-toggle\" class=\"menu-toggle\">"))
                .body(containsString("<label for=\"menu-toggle\" class=\"menu-button\">Menu</label>"))
                .body(containsString("<div class=\"menu\">"));
        given().get("/css/site.css").then()
                .body(containsString(".menu-toggle:checked ~ .menu { display: flex; }"));
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() {
        given().header("Accept-Language", "de-DE,de;q=0.9").get("/")
                .then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theLanguageSwitcherRemembersTheChoiceAndReturnsToThePage() {
        Response switched = given().redirects().follow(false).queryParam("lang", "fr")
                .queryParam("back", "/nowhere?x=1").get("/language");

        switched.then().statusCode(303).header("Location", containsString("/nowhere?x=1"))
                .header("Cache-Control", "no-store");
        String remembered = switched.getCookie("lang");
        given().cookie("lang", remembered).header("Accept-Language", "en").get("/")
                .then().body(containsString("<html lang=\"fr\">"));
    }

    @Test
    void theHomePageIsKeptForVisitorsAndRevalidatedWithItsETag() {
        Response home = given().header("Accept-Language", "fr").get("/");
        String etag = home.getHeader("ETag");
        home.then().statusCode(200).header("Cache-Control", "no-cache").header("Content-Language", "fr");
        given().header("Accept-Language", "fr").header("If-None-Match", etag).get("/")
                .then().statusCode(304).header("ETag", etag);
        // another language is another page
        given().header("Accept-Language", "en").header("If-None-Match", etag).get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theLanguageSwitcherIsALinkSoThatAPublicPageCarriesNoPerVisitorToken() {
        // a form would need a CSRF token, different for each visitor, and the page could not be kept for all of them
        given().header("Accept-Language", "en").get("/directory").then().statusCode(200)
                .body(containsString("href=\"/language?lang=fr&amp;back=%2Fdirectory\" hreflang=\"fr\""))
                .body(containsString("aria-current=\"true\">English</a>"))
                .body(not(containsString("csrf-token")));
    }

    @Test
    @TestSecurity(user = "alice")
    void aFormOpenedBeforeAnotherPageStillGoesThrough() {
        // a person opens a page with a form (here the sign-out button), then another page in a second tab, then
        // submits the first
        Response first = given().get("/");
        String cookie = first.getCookie("csrf-token");
        Response other = given().cookie("csrf-token", cookie).get("/directory");
        String kept = other.getCookie("csrf-token") == null ? cookie : other.getCookie("csrf-token");

        given().redirects().follow(false).cookie("csrf-token", kept).formParam("csrf-token", formToken(first))
                .post("/logout")
                .then().statusCode(303);
    }

    @Test
    void inProductionTheTokensCookieCannotBePlantedByAnotherSite() {
        // every profile but dev and test (which run over plain HTTP) gets these
        assertEquals("__Host-csrf-token", PackagedSettings.value("quarkus.rest-csrf.cookie-name"));
        assertEquals("true", PackagedSettings.value("quarkus.rest-csrf.cookie-force-secure"));
    }

    @Test
    void theLanguageSwitcherDoesNotRedirectToAnotherSite() {
        given().redirects().follow(false).queryParam("lang", "en").queryParam("back", "//evil.example/steal")
                .get("/language")
                .then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        // pages, static files, the API's 401, health, a 404, and the sign-in redirect the OIDC layer answers itself
        for (String path : new String[] { "/", "/css/site.css", "/api/v1/me", "/q/health", "/no-such-page",
                "/login" }) {
            given().redirects().follow(false).get(path).then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")));
        }
    }

    @Test
    void swaggerUiKeepsTheOtherHeadersButNotThePolicyItsInlineScriptsBreak() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/v1/me"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** The token the page's forms carry, read from the page as a browser would submit it. */
    private static String formToken(Response page) {
        Matcher field = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        org.junit.jupiter.api.Assertions.assertTrue(field.find(), "no CSRF field on the page");
        return field.group(1);
    }
}
