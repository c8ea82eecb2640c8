package st.libreho.governance.internal.care;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.care.CareFixtures.DELEGATE;
import static st.libreho.governance.internal.care.CareFixtures.MEMBER;
import static st.libreho.governance.internal.care.CareFixtures.OPERATOR;
import static st.libreho.governance.internal.care.CareFixtures.PERSON;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.governance.Governance;
import st.libreho.governance.IncidentReportDraft;
import st.libreho.governance.IncidentReportView;
import st.libreho.governance.IncidentState;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/**
 * Confidential incident reports as people meet them. The care team here is delegate@example.com and
 * member@example.com; person@example.com reports, naming member@example.com among the people concerned. The reporter
 * and delegate read the report; member, whom it concerns, and operator, who is not in the care team, get the page of
 * a report that does not exist; a visitor is sent to sign in; the public feeds never hold it.
 */
@QuarkusTest
class IncidentReportPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Governance governance;

    @Inject
    CareFixtures fixtures;

    @Inject
    MockMailbox mailbox;

    private List<CareFixtures.Saved> team;

    @BeforeEach
    void delegateAndMemberAreTheCareTeam() {
        team = fixtures.nameTeam(List.of("delegate@example.com", "member@example.com"));
    }

    @AfterEach
    void theCareTeamAsItWas() {
        fixtures.restore(team);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    private static HtmlForm form(HtmlPage page, String action) {
        HtmlForm form = page.getFirstByXPath("//form[@method='post' and @action='" + action + "']");
        assertNotNull(form, "no form posting to " + action + " on " + page.getUrl() + ":\n" + page.asNormalizedText());
        return form;
    }

    private static HtmlPage press(HtmlForm form) throws IOException {
        HtmlButton button = form.getFirstByXPath(".//button[@type='submit' or not(@type)]");
        assertNotNull(button, "no button");
        return button.click();
    }

    @Test
    void aPersonFilesAReportThroughTheFormAndReadsItAndTheCareTeamHandlesIt() throws Exception {
        String text = unique("At the last meeting, someone mocked my accent");
        String report;
        try (WebClient person = Browser.signedIn(root, "person")) {
            HtmlPage care = Browser.open(person, root, "/care");
            assertTrue(care.asNormalizedText().contains("delegate@example.com"),
                    "a signed-in person sees who reads the reports: " + care.asNormalizedText());
            HtmlPage create = care.getAnchorByHref("/care/reports/new").click();
            HtmlForm form = form(create, "/care/reports/new");
            form.getTextAreaByName("text").setText(text + "\nand laughed.");
            form.getTextAreaByName("concerned").setText("Member@Example.com\n");

            HtmlPage filed = press(form);

            assertTrue(filed.getUrl().getPath().matches("/care/reports/\\d+"), filed.getUrl().toString());
            report = filed.getUrl().getPath();
            String page = filed.asNormalizedText();
            assertTrue(page.contains("Your report is filed. Only you and the care team can read it."), page);
            assertTrue(page.contains(text), page);
            assertTrue(page.contains("and laughed."), page);
            assertTrue(page.contains("member@example.com"), "the concerned address, lower case: " + page);
            assertTrue(page.contains("Open"), page);
            assertEquals("no-store", filed.getWebResponse().getResponseHeaderValue("Cache-Control"));
            assertNull(filed.getFirstByXPath("//form[starts-with(@action, '" + report + "/')]"),
                    "the reporter writes no note and moves no state");

            HtmlPage list = Browser.open(person, root, "/care/reports");
            assertNotNull(list.getFirstByXPath("//a[@href='" + report + "']"), "the reporter's own list holds it");
        }

        try (WebClient delegate = Browser.signedIn(root, "delegate")) {
            HtmlPage list = Browser.open(delegate, root, "/care/reports");
            HtmlPage read = ((org.htmlunit.html.HtmlAnchor) list.getFirstByXPath("//a[@href='" + report + "']"))
                    .click();
            assertTrue(read.asNormalizedText().contains(text), read.asNormalizedText());
            assertTrue(read.asNormalizedText().contains("person@example.com"), "the care team may write back");
            HtmlForm note = form(read, report + "/notes");
            note.getTextAreaByName("body").setText("I will call the reporter tomorrow.");
            HtmlPage noted = press(note);
            assertTrue(noted.asNormalizedText().contains("The note is added."), noted.asNormalizedText());
            assertTrue(noted.asNormalizedText().contains("I will call the reporter tomorrow."));

            HtmlForm state = form(noted, report + "/state");
            state.getSelectByName("state").setSelectedAttribute("IN_PROGRESS", true);
            HtmlPage moved = press(state);
            assertTrue(moved.asNormalizedText().contains("The state is changed."), moved.asNormalizedText());
            assertTrue(moved.asNormalizedText().contains("In progress"));
        }

        try (WebClient person = Browser.signedIn(root, "person")) {
            HtmlPage again = Browser.open(person, root, report);
            String page = again.asNormalizedText();
            assertTrue(page.contains("In progress"), "the reporter sees the state: " + page);
            assertFalse(page.contains("I will call the reporter tomorrow."), "notes stay in the care team: " + page);
        }
    }

    @Test
    void aCareTeamMemberTheReportConcernsAndAnyoneElseGetNothing() throws Exception {
        String text = unique("The member shouted at me");
        IncidentReportView r = governance.fileIncidentReport(
                new IncidentReportDraft(text, List.of("member@example.com")), PERSON);
        String page = "/care/reports/" + r.id();

        try (WebClient member = Browser.signedIn(root, "member")) {
            HtmlPage denied = Browser.open(member, root, page);
            assertEquals(404, denied.getWebResponse().getStatusCode(), "as if there were no such report");
            assertFalse(denied.asNormalizedText().contains(text));
            HtmlPage list = Browser.open(member, root, "/care/reports");
            assertNull(list.getFirstByXPath("//a[@href='" + page + "']"), "not in the list of the member concerned");
        }
        try (WebClient operator = Browser.signedIn(root, "operator")) {
            HtmlPage denied = Browser.open(operator, root, page);
            assertEquals(404, denied.getWebResponse().getStatusCode(), "an operator is not the care team");
            assertFalse(denied.asNormalizedText().contains(text));
            HtmlPage missing = Browser.open(operator, root, "/care/reports/999999999");
            assertEquals(404, missing.getWebResponse().getStatusCode());
            assertEquals(missing.asNormalizedText(), denied.asNormalizedText(),
                    "the same page as for a report that does not exist");
        }
        given().redirects().follow(false).get(page)
                .then().statusCode(302).header("Location", startsWith(DevSignIn.providerUrl()));
        given().redirects().follow(false).get("/care/reports/new")
                .then().statusCode(302).header("Location", startsWith(DevSignIn.providerUrl()));

        assertTrue(governance.incidentReport(r.id(), DELEGATE).isPresent(), "the rest of the care team reads it");
        assertTrue(governance.incidentReport(r.id(), MEMBER).isEmpty());
        assertTrue(governance.incidentReport(r.id(), OPERATOR).isEmpty());
        org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
                () -> governance.noteIncident(r.id(), "Let me see", MEMBER), "nor may they write on it");
        org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
                () -> governance.changeIncidentState(r.id(), IncidentState.CLOSED, MEMBER));
        assertEquals(IncidentState.OPEN, governance.incidentReport(r.id(), PERSON).orElseThrow().state());
    }

    @Test
    void theCareTeamIsToldOfANewReportWithoutItsTextButNotTheMemberItConcerns() throws InterruptedException {
        String text = unique("Words that stay on the platform");
        IncidentReportView r = governance.fileIncidentReport(
                new IncidentReportDraft(text, List.of("member@example.com")), PERSON);
        String link = "/care/reports/" + r.id();

        List<Mail> told = List.of();
        for (int wait = 0; wait < 50 && told.isEmpty(); wait++) {
            told = aboutReport(mailbox.getMailsSentTo("delegate@example.com"), link);
            Thread.sleep(100);
        }
        assertEquals(1, told.size(), "the care team's other member is told once");
        assertTrue(told.get(0).getText().contains("A new incident report was filed"), told.get(0).getText());
        assertTrue(told.get(0).getText().contains("Un nouveau signalement"), "in French too");
        assertFalse(told.get(0).getText().contains(text), "never the report's text");
        assertFalse(told.get(0).getText().contains("person@example.com"), "nor who filed it");
        assertFalse(told.get(0).getText().contains("member@example.com"), "nor whom it concerns");
        assertTrue(aboutReport(mailbox.getMailsSentTo("member@example.com"), link).isEmpty(),
                "the member it concerns is not told");
    }

    private static List<Mail> aboutReport(List<Mail> mails, String link) {
        return mails == null ? List.of() : mails.stream().filter(m -> m.getText().contains(link + "\n")).toList();
    }

    @Test
    void aReportNeverAppearsInThePublicPagesOrFeeds() {
        String text = unique("Confidential words nobody else may read");
        governance.fileIncidentReport(new IncidentReportDraft(text, List.of()), PERSON);
        for (String path : List.of("/decisions.json", "/decisions.atom", "/news.atom", "/decisions", "/news",
                "/care")) {
            given().get(path).then().statusCode(200).body(not(containsString(text)));
        }
        given().get("/care").then().statusCode(200)
                .body(containsString("The care team has 2 people. Sign in to see who they are"))
                .body(not(containsString("delegate@example.com")));
    }

    @Test
    void aRefusedReportKeepsWhatWasTypedAndSaysWhyInFrench() throws Exception {
        try (WebClient person = Browser.signedIn(root, "person")) {
            person.addRequestHeader("Accept-Language", "fr");
            HtmlPage create = Browser.open(person, root, "/care/reports/new");
            assertTrue(create.asNormalizedText().contains("Signaler un incident"), create.asNormalizedText());
            HtmlForm form = form(create, "/care/reports/new");
            form.getTextAreaByName("text").setText("Ce qui s'est passé, tapé avec soin.");
            form.getTextAreaByName("concerned").setText("quelqu'un@example.org\npas une adresse");

            HtmlPage refused = press(form);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertEquals("no-store", refused.getWebResponse().getResponseHeaderValue("Cache-Control"));
            assertTrue(refused.getHtmlElementById("concerned-error").getTextContent()
                    .contains("la ligne 2 n'est pas une adresse électronique"), refused.asNormalizedText());
            HtmlForm again = form(refused, "/care/reports/new");
            assertEquals("Ce qui s'est passé, tapé avec soin.", again.getTextAreaByName("text").getText());
            assertEquals("quelqu'un@example.org\npas une adresse", again.getTextAreaByName("concerned").getText());

            again.getTextAreaByName("text").setText("   ");
            again.getTextAreaByName("concerned").setText("");
            HtmlPage empty = press(again);
            assertEquals(400, empty.getWebResponse().getStatusCode());
            assertTrue(empty.getHtmlElementById("text-error").getTextContent().contains("est obligatoire"),
                    empty.asNormalizedText());

            HtmlPage care = Browser.open(person, root, "/care");
            assertTrue(care.asNormalizedText().contains("Équipe d'attention"), care.asNormalizedText());
            assertTrue(care.asNormalizedText().contains("Qui lit les signalements"), care.asNormalizedText());
        }
    }
}
