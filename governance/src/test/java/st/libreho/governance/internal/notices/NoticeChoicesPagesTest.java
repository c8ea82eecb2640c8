package st.libreho.governance.internal.notices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.governance.NoticeTopic;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/**
 * A delegate chooses their organisation's notices on its page and through the API; anyone else is refused: 403 for a
 * signed-in person outside the delegation, 401 without a token on the API.
 */
@QuarkusTest
class NoticeChoicesPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Inject
    Governance governance;

    private String slug;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("choosing");
        // the dev sign-in's "delegate" is delegate@example.com
        member(directory, slug, entry("Choosing " + slug, "FR", "delegate@example.com", "fr"));
    }

    private String page() {
        return "/governance/notices/" + slug;
    }

    private boolean on(NoticeTopic topic) {
        return governance.noticeChoices(slug, Actor.platform()).topics().get(topic);
    }

    @Test
    void aDelegateTurnsATopicOffAndSeesItSaved() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, page());
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("E-mail notices of Choosing " + slug), page.asNormalizedText());
            assertEquals("no-store", page.getWebResponse().getResponseHeaderValue("Cache-Control"));
            HtmlForm form = page.getFirstByXPath("//form[@method='post' and @action='" + page() + "']");
            assertNotNull(form);
            HtmlCheckBoxInput outcome = page.getHtmlElementById("topic-OUTCOME");
            assertTrue(outcome.isChecked(), "every topic is on at first");
            outcome.setChecked(false);

            HtmlButton save = form.getFirstByXPath(".//button[@type='submit']");
            HtmlPage saved = save.click();

            assertEquals(page() + "?saved=1", saved.getUrl().getFile(), "Post/Redirect/Get");
            assertTrue(saved.asNormalizedText().contains("Your choices are saved."));
            assertFalse(((HtmlCheckBoxInput) saved.getHtmlElementById("topic-OUTCOME")).isChecked());
            assertTrue(((HtmlCheckBoxInput) saved.getHtmlElementById("topic-CLOSING_SOON")).isChecked());
        }
        assertFalse(on(NoticeTopic.OUTCOME));
        assertTrue(on(NoticeTopic.NEW_APPLICATION));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, page());
            HtmlForm form = page.getFirstByXPath("//form[@method='post' and @action='" + page() + "']");
            form.getInputByName("csrf-token").remove();
            ((HtmlCheckBoxInput) page.getHtmlElementById("topic-AGENDA_PUBLISHED")).setChecked(false);

            org.htmlunit.Page refused = ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();

            assertEquals(400, refused.getWebResponse().getStatusCode());
        }
        assertTrue(on(NoticeTopic.AGENDA_PUBLISHED));
    }

    @Test
    void thePageSpeaksFrench() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlPage page = Browser.open(browser, root, page());
            String text = page.asNormalizedText();
            assertTrue(text.contains("Notifications par courriel de Choosing " + slug), text);
            assertTrue(text.contains("une proposition sera bientôt close et nous n'avons pas pris position"), text);
        }
    }

    @Test
    void someoneOutsideTheDelegationIsRefused() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "person")) {
            org.htmlunit.Page page = Browser.open(browser, root, page());
            assertEquals(403, page.getWebResponse().getStatusCode());
        }
        given().redirects().follow(false).get(page()).then().statusCode(302);
    }

    @Test
    void theApiReadsAndChangesChoicesForADelegate() {
        api("delegate").get(api()).then().statusCode(200).contentType(ContentType.JSON)
                .body("NEW_APPLICATION", equalTo(true)).body("DELEGATION_CHANGED", equalTo(true));

        api("delegate").contentType(ContentType.JSON).body(Map.of("CLOSING_SOON", false)).put(api()).then()
                .statusCode(200).body("CLOSING_SOON", equalTo(false)).body("OUTCOME", equalTo(true));

        assertFalse(on(NoticeTopic.CLOSING_SOON));
        api("delegate").get(api()).then().statusCode(200).body("CLOSING_SOON", equalTo(false));
    }

    @Test
    void theApiNamesAnUnknownTopic() {
        api("delegate").contentType(ContentType.JSON).body(Map.of("EVERYTHING", true, "OUTCOME", false)).put(api())
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("EVERYTHING"));
        assertTrue(on(NoticeTopic.OUTCOME), "nothing changed");
    }

    @Test
    void theApiRefusesOthers() {
        api("person").get(api()).then().statusCode(403).contentType(startsWith("application/problem+json"));
        api("person").contentType(ContentType.JSON).body(Map.of("OUTCOME", false)).put(api()).then()
                .statusCode(403);
        given().get(api()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("OUTCOME", false)).put(api()).then().statusCode(401);
        assertTrue(on(NoticeTopic.OUTCOME));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        api("delegate").get("/api/v1/organisations/" + uniqueSlug("nobody") + "/notices").then().statusCode(404);
    }

    private String api() {
        return "/api/v1/organisations/" + slug + "/notices";
    }

    private static RequestSpecification api(String user) {
        return given().auth().oauth2(DevSignIn.accessToken(user, "user"));
    }
}
