package st.libreho.governance.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.governance.internal.web.GovernanceWeb.MEMBER;
import static st.libreho.governance.internal.web.GovernanceWeb.draft;
import static st.libreho.governance.internal.web.GovernanceWeb.form;
import static st.libreho.governance.internal.web.GovernanceWeb.memberOrganisation;
import static st.libreho.governance.internal.web.GovernanceWeb.press;
import static st.libreho.governance.internal.web.GovernanceWeb.stanceForm;

import java.net.URL;
import java.util.Set;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalView;
import st.libreho.governance.Stance;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/**
 * The proposals' pages as people use them: opening one through the form, a refused form in French, stances and the
 * objection ledger, a revision that makes stances stale, the facilitator's rough consensus, withdrawing, what a visitor
 * sees and may not do, and the decision log.
 */
@QuarkusTest
class ProposalPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Governance governance;

    @Inject
    Directory directory;

    private String a;
    private String b;
    private String c;

    @BeforeEach
    void threeMemberOrganisations() {
        a = memberOrganisation(directory, "coop-a");
        b = memberOrganisation(directory, "coop-b");
        c = memberOrganisation(directory, "coop-c");
    }

    private ProposalView opened(ProposalKind kind, String title) {
        return governance.open(draft(kind, title, "We propose to **share** our backups.", a), MEMBER);
    }

    @Test
    void aMemberOpensAProposalThroughTheFormAndReadsIt() throws Exception {
        String title = "Shared backups " + uniqueSlug("t");
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage proposals = Browser.open(browser, root, "/decisions/proposals");
            HtmlPage create = proposals.getAnchorByHref("/decisions/proposals/new").click();
            HtmlForm form = form(create, "/decisions/proposals/new");
            form.getSelectByName("kind").setSelectedAttribute("GENERAL", true);
            form.getInputByName("title").setValue(title);
            form.getTextAreaByName("text").setText("We propose to **share** our backups.\n\n- nightly\n- encrypted");
            form.getSelectByName("speakingFor").setSelectedAttribute(a, true);
            // named: left empty, it would be the next meeting's, and other test classes plan meetings
            form.getInputByName("facilitator").setValue("member@example.com");

            HtmlPage page = press(form);

            assertTrue(page.getUrl().getPath().matches("/decisions/proposals/\\d+"), page.getUrl().toString());
            String text = page.asNormalizedText();
            assertTrue(text.contains("The proposal is open."), text);
            assertTrue(text.contains(title));
            assertTrue(page.asXml().contains("<strong>"), "the text is rendered from Markdown");
            assertTrue(text.contains("Opened by Mia Member") || text.contains("Opened by"), text);
            assertTrue(text.contains("for " + a), text);
            assertTrue(text.contains("Rules frozen on this proposal"), text);
            assertTrue(text.contains("1% of the member organisations take a stance"), text);
            assertTrue(text.contains("2 organisations agree"), text);
            assertTrue(text.contains("14 days"), text);
            assertTrue(text.contains("Not enough member organisations have taken a stance yet"), text);
            assertTrue(text.contains("member@example.com"), "the facilitator named: " + text);
        }
        given().get("/decisions/proposals").then().statusCode(200).body(containsString(title));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesTheFieldInFrench() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "member")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlPage create = Browser.open(browser, root, "/decisions/proposals/new?kind=PRESS_RELEASE&text=Bienvenue");
            HtmlForm form = form(create, "/decisions/proposals/new");
            assertEquals("PRESS_RELEASE", form.getSelectByName("kind").getSelectedOptions().get(0).getValueAttribute(),
                    "prefilled from the link");
            assertEquals("Bienvenue", form.getTextAreaByName("text").getText());
            form.getTextAreaByName("text").setText("Mon texte, **tapé** avec soin.");
            form.getInputByName("title").setValue("");

            HtmlPage refused = press(form);

            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("title-error").getTextContent().contains("est obligatoire"),
                    refused.asNormalizedText());
            assertTrue(refused.asNormalizedText().contains("Titre"), refused.asNormalizedText());
            assertEquals("Mon texte, **tapé** avec soin.",
                    form(refused, "/decisions/proposals/new").getTextAreaByName("text").getText());
        }
    }

    @Test
    void anObjectionShowsInTheLedgerAndARevisionMakesTheStancesStale() throws Exception {
        ProposalView p = opened(ProposalKind.GENERAL, "Objected " + uniqueSlug("t"));
        String page = "/decisions/proposals/" + p.id();
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm stance = stanceForm(Browser.open(browser, root, page), b);
            stance.getSelectByName("stance").setSelectedAttribute("OBJECT", true);
            HtmlPage refused = press(stance);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("reason-" + b).asNormalizedText().isEmpty());
            assertTrue(refused.getHtmlElementById("reason-" + b + "-error").getTextContent()
                    .contains("an objection gives its reason"), refused.asNormalizedText());

            stance = stanceForm(refused, b);
            stance.getSelectByName("stance").setSelectedAttribute("OBJECT", true);
            stance.getTextAreaByName("reason").setText("Backups must stay *encrypted* at rest.");
            HtmlPage saved = press(stance);

            String ledger = saved.getHtmlElementById("objections").asNormalizedText();
            assertTrue(ledger.contains(b), ledger);
            assertTrue(ledger.contains("Open"), ledger);
            assertTrue(ledger.contains("Backups must stay encrypted at rest."), ledger);
            assertTrue(ledger.contains("Raised by"), ledger);
            assertTrue(saved.getHtmlElementById("stances").asNormalizedText().contains("Object"));
            assertTrue(saved.asNormalizedText().contains("An objection is still open"), "the tally says why");

            HtmlPage revise = saved.getAnchorByHref(page + "/revise").click();
            HtmlForm text = form(revise, page + "/revise");
            text.getTextAreaByName("text").setText("We propose to **share** our backups, encrypted at rest.");
            HtmlPage revised = press(text);

            String stances = revised.getHtmlElementById("stances").asNormalizedText();
            assertTrue(stances.contains("stale — asked to confirm"), stances);
            assertTrue(stances.contains("Confirm the stance on the new text"), stances);
            assertTrue(revised.asNormalizedText().contains("Text (version 2)"), revised.asNormalizedText());

            HtmlPage version = Browser.open(browser, root, page + "/versions/2");
            assertTrue(version.asXml().contains("diff-ADDED"));
            assertTrue(version.asNormalizedText().contains("encrypted at rest"), version.asNormalizedText());
        }
    }

    @Test
    void aRevisionOnAnOlderVersionShowsTheConflictAndKeepsTheText() throws Exception {
        ProposalView p = opened(ProposalKind.GENERAL, "Racing " + uniqueSlug("t"));
        String page = "/decisions/proposals/" + p.id();
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm text = form(Browser.open(browser, root, page + "/revise"), page + "/revise");
            governance.revise(p.id(), p.title(), "Someone else's text.", null, 1, MEMBER);
            text.getTextAreaByName("text").setText("My own text.");

            HtmlPage conflict = press(text);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            assertTrue(conflict.asNormalizedText().contains("Someone else's text."), conflict.asNormalizedText());
            assertEquals("My own text.", form(conflict, page + "/revise").getTextAreaByName("text").getText());
        }
    }

    @Test
    void theFacilitatorDeclaresRoughConsensusWithTheRationaleAndWhoIsInTheRough() throws Exception {
        ProposalView p = opened(ProposalKind.GENERAL, "Rough " + uniqueSlug("t"));
        governance.takeStance(p.id(), a, Stance.AGREE, null, MEMBER);
        governance.takeStance(p.id(), b, Stance.RESERVATIONS, "Fine.", MEMBER);
        ProposalView objected = governance.takeStance(p.id(), c, Stance.OBJECT, "Too costly for us.", MEMBER);
        governance.resolveObjection(p.id(), objected.objections().get(0).id(), ObjectionState.ADDRESSED,
                "The cost is shared by all members.", "https://example.org/minutes/3", MEMBER);
        String page = "/decisions/proposals/" + p.id();
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm close = form(Browser.open(browser, root, page), page + "/close");
            close.getSelectByName("outcome").setSelectedAttribute("ROUGH_CONSENSUS", true);
            HtmlPage refused = press(close);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("Rough consensus is declared with a written rationale"),
                    refused.asNormalizedText());

            close = form(refused, page + "/close");
            close.getTextAreaByName("rationale").setText("Every concern was *answered* at the meeting.");
            HtmlCheckBoxInput rough = close.getFirstByXPath(".//input[@name='inTheRough' and @value='" + c + "']");
            rough.setChecked(true);
            HtmlPage declared = press(close);

            String text = declared.asNormalizedText();
            assertTrue(text.contains("Adopted by rough consensus"), text);
            assertTrue(text.contains("Every concern was answered at the meeting."), text);
            assertTrue(declared.getHtmlElementById("rough-title").getParentNode().asNormalizedText().contains(c),
                    "the organisation in the rough is named");
            assertTrue(text.contains("May be appealed until"), text);
            assertTrue(text.contains("The cost is shared by all members."), "the ledger keeps the answer");
            assertTrue(declared.asXml().contains("https://example.org/minutes/3"));
            assertTrue(text.contains("Appeal this declaration"), "a member may appeal within the window");
        }
    }

    @Test
    void aVisitorSeesNoFormAndMayNotPost() {
        ProposalView p = opened(ProposalKind.GENERAL, "Visible " + uniqueSlug("t"));
        String page = "/decisions/proposals/" + p.id();
        given().get(page).then().statusCode(200)
                .body(containsString(p.title()))
                .body(containsString("Members take part once signed in."))
                .body(not(containsString("method=\"post\"")))
                .body(not(containsString("csrf")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("body", "Anonymous words").post(page + "/comment")
                .then().statusCode(302).header("Location", startsWith(DevSignIn.providerUrl()));
        assertTrue(governance.proposal(p.id()).orElseThrow().comments().isEmpty(), "nothing was posted");
        given().get(page).then().body(not(containsString("Anonymous words")));
    }

    @Test
    void aWithdrawnProposalIsInTheDecisionLogAsWithdrawn() throws Exception {
        String title = "Withdrawn " + uniqueSlug("t");
        ProposalView p = opened(ProposalKind.GENERAL, title);
        String page = "/decisions/proposals/" + p.id();
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage withdrawn = press(form(Browser.open(browser, root, page), page + "/withdraw"));
            assertTrue(withdrawn.asNormalizedText().contains("Withdrawn"), withdrawn.asNormalizedText());
            assertFalse(withdrawn.asXml().contains("action=\"" + page + "/stance\""), "no more stances");
        }
        given().get("/decisions?kind=GENERAL").then().statusCode(200)
                .body(containsString("<a href=\"" + page + "\">" + title + "</a>"))
                .body(containsString("Withdrawn"))
                .body(containsString("href=\"/decisions.atom\""))
                .body(containsString("href=\"/decisions.json\""));
        given().header("Accept-Language", "fr").get("/decisions?kind=GENERAL").then().statusCode(200)
                .body(containsString("Journal des décisions"))
                .body(containsString("Retirée"));
        given().get("/decisions?kind=PRESS_RELEASE").then().statusCode(200).body(not(containsString(title)));
    }

    @Test
    void onlyAdoptedPressReleasesMakeTheNews() {
        String adopted = "Welcome " + uniqueSlug("t");
        ProposalView release = governance.open(draft(ProposalKind.PRESS_RELEASE, adopted,
                "The network welcomes **a new member**.", a), MEMBER);
        governance.takeStance(release.id(), a, Stance.AGREE, null, MEMBER);
        governance.takeStance(release.id(), b, Stance.AGREE, null, MEMBER);
        governance.close(release.id(), Outcome.CONSENSUS, null, Set.of(), MEMBER);
        String notAdopted = "Draft " + uniqueSlug("t");
        ProposalView draft = governance.open(draft(ProposalKind.PRESS_RELEASE, notAdopted, "Not yet.", a), MEMBER);
        governance.close(draft.id(), Outcome.WITHDRAWN, null, null, MEMBER);
        String general = "General " + uniqueSlug("t");
        ProposalView other = governance.open(draft(ProposalKind.GENERAL, general, "Adopted, not news.", a), MEMBER);
        governance.takeStance(other.id(), a, Stance.AGREE, null, MEMBER);
        governance.takeStance(other.id(), b, Stance.AGREE, null, MEMBER);
        governance.close(other.id(), Outcome.CONSENSUS, null, Set.of(), MEMBER);

        given().get("/news").then().statusCode(200)
                .body(containsString(adopted))
                .body(containsString("The network welcomes <strong>a new member</strong>."))
                .body(containsString("href=\"/news.atom\""))
                .body(not(containsString(notAdopted)))
                .body(not(containsString(general)));
        given().header("Accept-Language", "fr").get("/news").then().statusCode(200)
                .body(containsString("Actualités")).body(containsString("Adopté le"));
    }
}
