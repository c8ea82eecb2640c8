package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.withTagline;

import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.StatementState;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

/** The public history of an organisation, in words, newest first, twenty to a page. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryPageTest {

    static final String SLUG = "history-frene";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void aLongHistory() {
        Actor platform = Actor.platform();
        OrganisationView created = member(directory, SLUG, entry("Frêne", "FR", "delegate@example.com", "fr"));
        directory.update(SLUG, withTagline(created.details(), "Au pied du frêne"), created.version(), platform);
        directory.putContact(SLUG, ContactKind.SECURITY, "security@frene.example", null, platform);
        directory.changeStatus(SLUG, OrganisationStatus.LEAVING, platform);
        for (Commitment commitment : Commitment.values()) {
            directory.putStatement(SLUG, commitment, StatementState.WORKING_ON_IT, null, null, platform);
        }
    }

    @Test
    void eachChangeIsSaidInWordsWithWhoAndWhen() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage newest = Browser.open(browser, root, "/members/" + SLUG + "/history");
            HtmlPage oldest = Browser.open(browser, root, "/members/" + SLUG + "/history?page=2");
            String text = newest.asNormalizedText() + oldest.asNormalizedText();

            for (String said : new String[] { "Entered the directory as Member.",
                    "Tagline changed from “Tagline of Frêne” to “Au pied du frêne”.",
                    "Security contact set to security@frene.example.",
                    "Status changed from Member to Leaving the network.",
                    "Statement on “Do not exploit personal data”: Working on it.",
                    "An address was added to the delegation.", "by platform" }) {
                assertTrue(text.contains(said), said + " in " + text);
            }
            assertNotNull(newest.getFirstByXPath("//ol[@class='history']/li//time[@datetime]"));
        }
    }

    @Test
    void twentyOneChangesMakeTwoPagesNewestFirst() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage first = Browser.open(browser, root, "/members/" + SLUG + "/history");

            assertTrue(first.asNormalizedText().contains("(21 in all)"), first.asNormalizedText());
            assertEquals(20, first.getByXPath("//ol[@class='history']/li").size());
            assertTrue(first.<org.htmlunit.html.HtmlElement> getFirstByXPath("//ol[@class='history']/li")
                    .asNormalizedText().contains("Appoint a delegation reachable at a single e-mail address"),
                    "the last statement made comes first");
            HtmlAnchor next = first.getFirstByXPath("//nav[@class='pagination']//a[@rel='next']");

            HtmlPage second = next.click();

            assertEquals(1, second.getByXPath("//ol[@class='history']/li").size());
            assertTrue(second.asNormalizedText().contains("Entered the directory as Member."));
            assertNotNull(second.getFirstByXPath("//a[@aria-current='page' and @href='/members/" + SLUG
                    + "/history?page=2']"));
        }
    }

    @Test
    void theHistorySpeaksFrench() {
        given().header("Accept-Language", "fr").get("/members/" + SLUG + "/history").then().statusCode(200)
                .body(containsString("Historique de Frêne"))
                .body(containsString("Statut modifié : de « Membre » à « Quitte le réseau »."))
                .body(containsString("Une adresse a été ajoutée à la délégation."));
        given().header("Accept-Language", "fr").get("/members/" + SLUG + "/history?page=2").then().statusCode(200)
                .body(containsString("Entrée dans l&#39;annuaire avec le statut : Membre."));
    }
}
