package st.libreho.kb.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.WikiFixtures;
import st.libreho.kb.internal.pages.CharterPages;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/** A charter page on the web: anyone reads the CPP; a member's edit form proposes a revision instead of saving. */
@QuarkusTest
class CharterWebTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    CharterPages charterPages;

    @BeforeEach
    void memberIsAMember() {
        WikiFixtures.members(directory);
    }

    @Test
    void anonymousVisitorsReadTheCpp() {
        given().get("/kb/charter/cpp").then().statusCode(200)
                .body(containsString("Commitments, Policies and Processes"))
                .body(containsString("Solidarity and Cooperation"));
        given().get("/kb/guides/decisions").then().statusCode(200).body(containsString("/kb/charter/cpp"));
    }

    @Test
    void theEditFormOfAGovernedPageProposesARevisionListedInTheHistory() throws Exception {
        String path = "charter/" + uniquePath("web");
        QuarkusTransaction.requiringNew().call(() -> charterPages.createGoverned(path, publicPage("Web charter", lines(
                5)),
                Actor.platform()));
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage edit = Browser.open(browser, root, "/kb/" + path + "/edit");
            assertTrue(edit.asNormalizedText().contains("governed by the network"), edit.asNormalizedText());
            HtmlForm form = edit.getFirstByXPath("//form[@action='/kb/" + path + "/edit']");
            assertNotNull(form);
            form.getTextAreaByName("markdown").setText(replaceLine(lines(5), 2, "A proposed second line."));
            HtmlButton propose = form.getFirstByXPath(".//button[@value='save']");
            assertTrue(propose.asNormalizedText().contains("Propose this revision"));

            HtmlPage history = propose.click();

            assertEquals("/kb/" + path + "/history", history.getUrl().getPath());
            assertTrue(history.asNormalizedText().contains("Proposed revisions"), history.asNormalizedText());
            assertTrue(history.asNormalizedText().contains("A proposed second line."));
        }
        assertEquals(lines(5), knowledgeBase.page(path, null).orElseThrow().markdown());
    }

    @Test
    void aChangeRefusedOnAGovernedPageSaysWhyAndWhereToProposeAndOtherRefusalsStayMute() throws Exception {
        String path = "charter/" + uniquePath("refused");
        QuarkusTransaction.requiringNew().call(() -> charterPages.createGoverned(path, publicPage("Refused", lines(5)),
                Actor.platform()));
        Map<String, Object> body = Map.of("title", "Refused", "markdown", "Gone.", "language", "en", "visibility",
                "PUBLIC", "baseRevision", 1);
        given().contentType(ContentType.JSON).body(body).auth().oauth2(DevSignIn.accessToken("member", "user"))
                .put("/api/v1/pages/" + path).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("is a charter page governed by the network"))
                .body("detail", containsString("/kb/" + path + "/edit"));
        given().contentType(ContentType.JSON).body(Map.of("newPath", path + "-moved"))
                .auth().oauth2(DevSignIn.accessToken("member", "user"))
                .post("/api/v1/pages/" + path + "/move").then().statusCode(403)
                .body("detail", containsString("cannot be moved"));
        // any other refusal keeps the platform's words: its message is not for the client
        given().contentType(ContentType.JSON).body(body).auth().oauth2(DevSignIn.accessToken("person", "user"))
                .put("/api/v1/pages/" + path).then().statusCode(403).body("detail", equalTo("You may not do this."));

        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm move = Browser.open(browser, root, "/kb/" + path + "/move")
                    .getFirstByXPath("//form[@action='/kb/" + path + "/move']");
            move.getInputByName("newPath").setValue(path + "-moved");
            HtmlPage refused = move.<HtmlButton> getFirstByXPath(".//button").click();
            assertEquals(403, refused.getWebResponse().getStatusCode());
            String text = refused.asNormalizedText();
            assertTrue(text.contains("This page is governed by the network"), text);
            assertTrue(text.contains("/kb/" + path + " is a charter page"), text);
            assertNotNull(refused.getAnchorByHref("/kb/" + path + "/edit"));
        }
        assertEquals(1, knowledgeBase.page(path, null).orElseThrow().revision());
        assertEquals(path, knowledgeBase.page(path, null).orElseThrow().path());
    }
}
