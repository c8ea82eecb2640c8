package st.libreho.directory.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.IOException;
import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Commitment;
import st.libreho.directory.Directory;
import st.libreho.directory.StatementState;
import st.libreho.directory.StatementView;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

/** The statements on the CPP's commitments, all in one form. */
@QuarkusTest
class StatementsPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    String slug;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("stmt");
        member(directory, slug, entry("Charme " + slug, "FR", "delegate@example.com", "fr"));
    }

    @Test
    void theFormAsksAboutEveryCommitmentBySection() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + slug + "/statements");

            assertEquals(Commitment.values().length, page.getByXPath("//fieldset[@class='statement-form']").size());
            assertEquals(5, page.getByXPath("//form//h2").size());
            assertTrue(page.getHtmlElementById("state-free-software-none") instanceof HtmlRadioButtonInput);
            assertEquals(1, page.getByXPath("//label[@for='evidence-free-software']").size());
        }
    }

    @Test
    void aStatementIsSavedAndShownOnTheMemberPageAndInTheHistory() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root, "/members/" + slug + "/statements"));
            choose(form, "free-software", "MEETS");
            form.getInputByName("evidence-free-software").setValue("https://charme.example/logiciels");
            form.getTextAreaByName("note-free-software").setText("Tout ce que nous faisons tourner est libre.");

            HtmlPage saved = submit(form);

            assertTrue(saved.asNormalizedText().contains("Your changes are saved."));
            HtmlElement statement = Browser.open(browser, root, "/members/" + slug).getFirstByXPath(
                    "//li[@class='statement'][span='Servers and services run on free software']");
            assertTrue(statement.asNormalizedText().contains("Meets it"), statement.asNormalizedText());
            assertTrue(Browser.open(browser, root, "/members/" + slug + "/history").asNormalizedText()
                    .contains("Statement on “Servers and services run on free software”: Meets it."));
        }
        assertEquals(1, directory.profile(slug).orElseThrow().statements().size(), "only the changed one is saved");
    }

    @Test
    void aStateThatIsNotOneOfTheChoicesIsRefusedNotDropped() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root, "/members/" + slug + "/statements"));
            HtmlRadioButtonInput meets = form.getFirstByXPath("//input[@name='state-free-software'][@value='MEETS']");
            meets.setValueAttribute("SOMEWHAT");
            meets.setChecked(true);
            form.getTextAreaByName("note-free-software").setText("Kept when refused");

            HtmlPage refused = submit(form);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("state-free-software-error").getTextContent()
                    .contains("not one of the choices"), refused.asNormalizedText());
            assertEquals("Kept when refused", form(refused).getTextAreaByName("note-free-software").getText());
        }
        assertTrue(directory.profile(slug).orElseThrow().statements().isEmpty());
    }

    @Test
    void evidenceWithoutAStateAndAWrongEvidenceAddressAreShownBesideTheirCommitments() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root, "/members/" + slug + "/statements"));
            form.getInputByName("evidence-open-formats").setValue("https://charme.example/formats");

            HtmlPage noState = submit(form);

            assertEquals(400, noState.getWebResponse().getStatusCode());
            assertTrue(noState.getHtmlElementById("state-open-formats-error").getTextContent()
                    .contains("choose where you stand"));
            HtmlForm again = form(noState);
            assertEquals("https://charme.example/formats", again.getInputByName("evidence-open-formats").getValue());
            choose(again, "open-formats", "WORKING_ON_IT");
            again.getInputByName("evidence-open-formats").setValue("formats page");

            HtmlPage badUrl = submit(again);

            assertEquals(400, badUrl.getWebResponse().getStatusCode());
            assertTrue(badUrl.getHtmlElementById("evidence-open-formats-error").getTextContent()
                    .contains("full web address"));
        }
        assertTrue(directory.profile(slug).orElseThrow().statements().isEmpty());
    }

    @Test
    void aStatementSomeoneElseChangedMeanwhileIsShownNotOverwritten() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root, "/members/" + slug + "/statements"));
            directory.putStatement(slug, Commitment.FREE_SOFTWARE, StatementState.NOT_APPLICABLE, null, null,
                    Actor.platform());
            directory.putStatement(slug, Commitment.OPEN_FORMATS, StatementState.MEETS, null, null,
                    Actor.platform());
            choose(form, "free-software", "MEETS");

            HtmlPage conflict = submit(form);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            String table = conflict.<HtmlElement> getFirstByXPath("//div[@class='conflict']//table")
                    .asNormalizedText();
            assertTrue(table.contains("Not applicable") && table.contains("Meets it"), table);
            assertEquals(StatementState.NOT_APPLICABLE, state(Commitment.FREE_SOFTWARE));

            submit(form(conflict));

            assertEquals(StatementState.MEETS, state(Commitment.FREE_SOFTWARE), "saved again on purpose");
            assertEquals(StatementState.MEETS, state(Commitment.OPEN_FORMATS),
                    "a statement this person did not touch keeps the other change");
        }
    }

    private StatementState state(Commitment commitment) {
        return directory.profile(slug).orElseThrow().statements().stream()
                .filter(statement -> statement.commitment() == commitment).map(StatementView::state).findFirst()
                .orElse(null);
    }

    private static void choose(HtmlForm form, String commitment, String state) {
        form.getRadioButtonsByName("state-" + commitment).stream()
                .filter(radio -> radio.getValueAttribute().equals(state)).findFirst().orElseThrow().setChecked(true);
    }

    private static HtmlForm form(HtmlPage page) {
        return page.getFirstByXPath("//form[@method='post' and contains(@action, '/statements')]");
    }

    private static HtmlPage submit(HtmlForm form) throws IOException {
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
