package st.libreho.governance.internal.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.meetings.MeetingFixtures.MEMBER;
import static st.libreho.governance.internal.meetings.MeetingFixtures.someFuture;
import static st.libreho.governance.internal.meetings.MeetingFixtures.somePast;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingDraft;
import st.libreho.governance.MeetingView;
import st.libreho.platform.testing.Browser;

/**
 * The meetings' pages in a browser without JavaScript: a member plans a meeting (a refused form keeps what was typed
 * and names the field), adds a point, writes minutes; the meeting page shows its time in its zone, its agenda linking
 * to the proposals, its minutes rendered; in French too.
 */
@QuarkusTest
class MeetingPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Governance governance;

    @Inject
    Directory directory;

    @Inject
    MeetingFixtures fixtures;

    static HtmlForm form(HtmlPage page, String action) {
        HtmlForm form = page.getFirstByXPath("//form[@method='post' and @action='" + action + "']");
        assertNotNull(form, "no form posting to " + action + " on " + page.getUrl() + ":\n" + page.asNormalizedText());
        return form;
    }

    static HtmlPage submit(HtmlForm form) throws IOException {
        HtmlButton button = form.getFirstByXPath(".//button[@type='submit' or not(@type)]");
        return button.click();
    }

    @Test
    void aMemberPlansAMeetingAndARefusedFormKeepsWhatWasTyped() throws Exception {
        MeetingFixtures.memberOrganisation(directory);
        LocalDateTime start = someFuture().withHour(18).withMinute(30);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage list = Browser.open(browser, root, "/meetings");
            assertNotNull(list.getFirstByXPath("//a[@href='/meetings/new']"), "a member may plan");
            assertNotNull(list.getFirstByXPath("//a[@href='/meetings.ics']"), "the calendar feed is offered");
            HtmlForm plan = form(Browser.open(browser, root, "/meetings/new"), "/meetings/new");
            plan.getInputByName("startsAt").setValue(start.toString());
            plan.getInputByName("timeZone").setValue("Europe/Paris");
            plan.getInputByName("link").setValue("http://meet.example.org/plain");
            plan.getInputByName("facilitator").setValue("member@example.com");

            HtmlPage refused = submit(plan);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("link-error").getTextContent().contains("https"));
            assertTrue(refused.asNormalizedText().contains("Link: must be an https address"), "the summary names it");
            HtmlForm kept = form(refused, "/meetings/new");
            assertEquals(start.toString(), kept.getInputByName("startsAt").getValue());
            assertEquals("http://meet.example.org/plain", kept.getInputByName("link").getValue());
            assertEquals("member@example.com", kept.getInputByName("facilitator").getValue());

            kept.getInputByName("link").setValue("https://meet.example.org/librehosters");
            HtmlPage planned = submit(kept);

            assertTrue(planned.getUrl().getPath().matches("/meetings/\\d+"), planned.getUrl().toString());
            String text = planned.asNormalizedText();
            assertTrue(text.contains("The meeting is planned."), text);
            assertTrue(text.contains("6:30") && text.contains("(Europe/Paris)"), "its time in its zone: " + text);
            assertTrue(text.contains("https://meet.example.org/librehosters"));

            // a free point, through the page's own form
            HtmlForm item = form(planned, planned.getUrl().getPath() + "/items");
            item.getInputByName("title").setValue("Our shared mail server");
            HtmlPage added = submit(item);
            assertTrue(added.asNormalizedText().contains("Our shared mail server"));
            assertTrue(added.asNormalizedText().contains("The point was added to the agenda."));
        }
    }

    @Test
    void theMeetingPageLinksTheProposalsAndRendersTheMinutesInFrench() throws Exception {
        MeetingFixtures.memberOrganisation(directory);
        LocalDateTime start = somePast();
        MeetingView held = governance.createMeeting(new MeetingDraft(start.toString(), "Europe/Paris", null,
                "https://meet.example.org/room", null, null), MEMBER);
        var at = start.atZone(ZoneId.of("Europe/Paris")).toInstant();
        long proposal = fixtures.proposal("GENERAL", "Adopt a logo " + held.id(), at.minus(Duration.ofDays(1)),
                at.plus(Duration.ofDays(6)), at.plus(Duration.ofDays(6)), null);
        governance.writeMinutes(held.id(), "## Décisions\n\n**Adopté** à l'unanimité.\n\n<script>alert(1)</script>",
                held.version(), MEMBER);

        given().header("Accept-Language", "fr").get("/meetings/" + held.id()).then().statusCode(200)
                .body(containsString("Ordre du jour"))
                .body(containsString("Compte rendu"))
                .body(containsString("Pas encore approuvé"))
                .body(containsString("href=\"/decisions/proposals/" + proposal + "\""))
                .body(containsString("<strong>Adopté</strong>"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("(Europe/Paris)"));
        given().header("Accept-Language", "fr").get("/meetings").then().statusCode(200)
                .body(containsString("Réunions passées")).body(containsString("/meetings/" + held.id()));
    }

    @Test
    void aVisitorReadsButGetsNoFormAndCannotPlan() throws Exception {
        MeetingView upcoming = governance.createMeeting(new MeetingDraft(someFuture().toString(), "Europe/Paris",
                null, null, null, null), MEMBER(directory));
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/meetings/" + upcoming.id());
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertNull(page.getFirstByXPath("//form[@method='post']"), "no member form for a visitor");
        }
        try (WebClient browser = Browser.signedIn(root, "person")) {
            assertEquals(403, Browser.open(browser, root, "/meetings/new").getWebResponse().getStatusCode());
            assertNull(Browser.open(browser, root, "/meetings").getFirstByXPath("//a[@href='/meetings/new']"));
        }
    }

    private static st.libreho.platform.Actor MEMBER(Directory directory) {
        MeetingFixtures.memberOrganisation(directory);
        return MEMBER;
    }
}
