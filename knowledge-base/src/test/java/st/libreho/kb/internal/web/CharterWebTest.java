package st.libreho.kb.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.net.URL;

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
import st.libreho.directory.Directory;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.WikiFixtures;
import st.libreho.kb.internal.pages.Pages;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

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
    Pages pages;

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
        QuarkusTransaction.requiringNew().call(() -> pages.createGoverned(path, publicPage("Web charter", lines(5)),
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
}
