package st.libreho.governance.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.governance.internal.web.GovernanceWeb.form;
import static st.libreho.governance.internal.web.GovernanceWeb.press;

import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.internal.web.join.JoinMessages;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.BundleChecks;

/**
 * Applying to join through the pages: a visitor is asked to sign in, a signed-in person applies and lands on the
 * application's page with the links to complete the entry, and a refused form keeps what was typed, in French too.
 */
@QuarkusTest
class JoinPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Test
    void aVisitorIsAskedToSignInBeforeApplying() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/join");
            String text = page.asNormalizedText();
            assertTrue(text.contains("Sign in to apply"), text);
            assertTrue(page.getFirstByXPath("//form[@action='/join']") == null, "no form for a visitor");
        }
    }

    @Test
    void aSignedInPersonAppliesAndFollowsTheApplication() throws Exception {
        String slug = uniqueSlug("joiner");
        try (WebClient browser = Browser.signedIn(root, "person")) {
            HtmlForm apply = form(Browser.open(browser, root, "/join"), "/join");
            apply.getInputByName("slug").setValue(slug);
            apply.getInputByName("name").setValue("Joiner Coop");
            apply.getInputByName("homeUrl").setValue("https://joiner.example.org");
            apply.getTextAreaByName("motivation").setText("We host *Jitsi* for schools.");

            HtmlPage page = press(apply);

            assertTrue(page.getUrl().getPath().matches("/join/applications/\\d+"), page.getUrl().toString());
            String text = page.asNormalizedText();
            assertTrue(text.contains("Your application is submitted"), text);
            assertTrue(text.contains("Under review"), text);
            assertTrue(text.contains("The review period ends on"), text);
            assertTrue(page.asXml().contains("/members/" + slug + "/statements"), "a link to complete the statements");
            assertTrue(page.asXml().contains("<em>"), "the motivation is rendered from Markdown");
            assertEquals(OrganisationStatus.APPLICANT, directory.statusOf(slug).orElseThrow());

            HtmlPage list = Browser.open(browser, root, "/join/applications");
            assertTrue(list.asNormalizedText().contains("Joiner Coop"));
        }
    }

    @Test
    void aRefusedApplicationKeepsWhatWasTypedAndSaysWhyInFrench() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "person")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlForm apply = form(Browser.open(browser, root, "/join"), "/join");
            apply.getInputByName("slug").setValue("Pas Une Adresse");
            apply.getInputByName("name").setValue("Coopérative des Monts");
            apply.getTextAreaByName("motivation").setText("Nous hébergeons des services libres.");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);

            HtmlPage page = press(apply);

            assertEquals(422, page.getWebResponse().getStatusCode());
            assertEquals("Coopérative des Monts", form(page, "/join").getInputByName("name").getValue());
            assertEquals("Nous hébergeons des services libres.",
                    form(page, "/join").getTextAreaByName("motivation").getText());
            assertTrue(page.asNormalizedText().contains("Adresse dans l'annuaire"), page.asNormalizedText());
        }
    }

    @Test
    void aDelegationLeavesTheNetworkThroughItsOwnPageOnly() throws Exception {
        GovernanceFixtures.Network network = GovernanceFixtures.network(directory);
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            assertEquals(403, Browser.open(browser, root, "/members/" + network.first() + "/leave")
                    .getWebResponse().getStatusCode(), "member@'s organisation, not delegate@'s");
            String own = "/members/" + network.second() + "/leave";
            HtmlForm leave = form(Browser.open(browser, root, own), own);
            leave.getInputByName("on").setValue(java.time.LocalDate.now().plusDays(30).toString());
            press(leave);
            assertEquals(OrganisationStatus.LEAVING, directory.statusOf(network.second()).orElseThrow(),
                    "leaving until the date");

            HtmlPage refused = press(form(Browser.open(browser, root, own), own));
            assertEquals(422, refused.getWebResponse().getStatusCode(), "an organisation leaves once");
            assertEquals(OrganisationStatus.LEAVING, directory.statusOf(network.second()).orElseThrow());
        }
    }

    @Test
    void everyTextOfTheApplicationPagesIsInFrenchToo() throws Exception {
        BundleChecks.translatedCompletely(JoinMessages.class, "fr");
        BundleChecks.enumConstantsHaveTheirEnglish(JoinMessages.class);
    }
}
