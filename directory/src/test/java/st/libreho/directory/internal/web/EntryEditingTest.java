package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.offer;
import static st.libreho.directory.testing.DirectoryFixtures.service;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.directory.testing.DirectoryFixtures.withTagline;

import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/** A delegate edits their organisation's entry through the pages, signed in as a person would. */
@QuarkusTest
class EntryEditingTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    /** The signed-in {@code delegate} is in this organisation's delegation. */
    String slug;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("edit");
        member(directory, slug, entry("Aubépine " + slug, "FR", "delegate@example.com", "fr"));
    }

    @Test
    void theDelegateChangesTheTaglineAndSeesItAndItsHistory() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage form = Browser.open(browser, root, "/members/" + slug + "/edit");
            HtmlForm entry = entryForm(form);
            entry.getInputByName("tagline").setValue("Des services libres et locaux");

            HtmlPage member = save(entry);

            assertEquals("/members/" + slug, member.getUrl().getPath());
            assertTrue(member.asNormalizedText().contains("Your changes are saved."));
            assertTrue(member.asNormalizedText().contains("Des services libres et locaux"));
            HtmlPage history = Browser.open(browser, root, "/members/" + slug + "/history");
            String text = history.asNormalizedText();
            assertTrue(text.contains("Tagline changed from “Tagline of Aubépine " + slug
                    + "” to “Des services libres et locaux”."), text);
            assertTrue(text.contains("by Delegate"), text);
        }
        assertEquals("Des services libres et locaux", current().details().tagline());
    }

    @Test
    void aValidationErrorKeepsWhatWasTypedAndNamesTheField() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getInputByName("tagline").setValue("Typed but not saved");
            entry.getInputByName("homeUrl").setValue("not a web address");

            HtmlPage again = save(entry);

            assertEquals(400, again.getWebResponse().getStatusCode());
            assertEquals("text/html;charset=UTF-8",
                    again.getWebResponse().getResponseHeaderValue("Content-Type").replace(" ", ""));
            HtmlElement error = again.getHtmlElementById("homeUrl-error");
            assertTrue(error.getTextContent().contains("must be a full web address"), error.getTextContent());
            HtmlInput homeUrl = again.getHtmlElementById("homeUrl");
            assertEquals("not a web address", homeUrl.getValue());
            assertTrue(homeUrl.getAttribute("aria-describedby").contains("homeUrl-error"));
            assertEquals("true", homeUrl.getAttribute("aria-invalid"));
            assertEquals("Typed but not saved", again.<HtmlInput> getHtmlElementById("tagline").getValue());
            assertNotNull(again.getFirstByXPath("//div[@class='error-summary']//a[@href='#homeUrl']"));
        }
        assertEquals("Tagline of Aubépine " + slug, current().details().tagline());
    }

    @Test
    void aLongFrenchDescriptionIsSavedWhole() throws Exception {
        // 4,000 characters, most of them two bytes in UTF-8: far past the 2 KB a form field was once allowed
        String description = "Hébergement éthique, sécurisé et coopératif à Évreux. ".repeat(80).substring(0, 4000);
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getTextAreaByName("description").setText(description);

            HtmlPage saved = save(entry);

            assertEquals(200, saved.getWebResponse().getStatusCode());
        }
        assertEquals(description, current().details().description());
    }

    @Test
    void aNulCharacterInAFieldIsRefusedAndTheFieldNamed() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getInputByName("tagline").setValue("before\u0000after");

            HtmlPage refused = save(entry);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("“tagline”"), refused.asNormalizedText());
        }
        assertEquals("Tagline of Aubépine " + slug, current().details().tagline());
    }

    @Test
    void theCountryIsChosenFromTheSameListAsTheFilters() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            org.htmlunit.html.HtmlSelect country = entry.getSelectByName("country");
            country.setSelectedAttribute("BE", true);
            // the organisation's languages head the long list, so that they show without scrolling
            assertEquals("fr", entry.getSelectByName("languages").getOption(0).getValueAttribute());
            assertTrue(entry.getSelectByName("languages").getOption(0).isSelected());

            assertEquals("/members/" + slug, save(entry).getUrl().getPath());
        }
        assertEquals("BE", current().details().country());
    }

    @Test
    void aFrenchReaderReadsTheFieldsProblemInFrench() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getInputByName("homeUrl").setValue("pas une adresse");

            HtmlPage again = save(entry);

            assertEquals(400, again.getWebResponse().getStatusCode());
            String error = again.getHtmlElementById("homeUrl-error").getTextContent();
            assertTrue(error.contains("doit être une adresse web complète"), error);
        }
    }

    @Test
    void aYearInWordsIsRefusedBesideItsField() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getInputByName("foundingYear").setValue("two thousand");

            HtmlPage again = save(entry);

            assertEquals(400, again.getWebResponse().getStatusCode());
            assertTrue(again.getHtmlElementById("foundingYear-error").getTextContent().contains("digits"));
            assertEquals("two thousand", again.<HtmlInput> getHtmlElementById("foundingYear").getValue());
        }
    }

    @Test
    void aRefusedFormComesBackInTheReadersLanguage() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getInputByName("foundingYear").setValue("deux mille");

            HtmlPage again = save(entry);

            assertEquals(400, again.getWebResponse().getStatusCode());
            // the page's own words (the layout's, the kit's form buttons), not only the field's problem
            String text = again.asNormalizedText();
            assertTrue(text.contains("Enregistrer"), text);
            assertTrue(!text.contains("Sign out") && !text.contains("Save"), text);
        }
    }

    @Test
    void aConcurrentChangeShowsBothVersionsAndOverwritesNothing() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            OrganisationView read = current();
            directory.update(slug, withTagline(read.details(), "Their tagline"), read.version(), Actor.platform());
            entry.getInputByName("tagline").setValue("My tagline");

            HtmlPage conflict = save(entry);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            assertEquals("text/html;charset=UTF-8",
                    conflict.getWebResponse().getResponseHeaderValue("Content-Type").replace(" ", ""));
            String text = conflict.asNormalizedText();
            assertTrue(text.contains("Someone else saved a change meanwhile"), text);
            HtmlElement row = conflict.getFirstByXPath("//div[@class='conflict']//tr[th='Tagline']");
            assertTrue(row.asNormalizedText().contains("Their tagline"), row.asNormalizedText());
            assertTrue(row.asNormalizedText().contains("My tagline"), row.asNormalizedText());
            assertEquals("Their tagline", current().details().tagline(), "nothing was overwritten");
            HtmlForm again = entryForm(conflict);
            assertEquals(String.valueOf(current().version()), again.getInputByName("version").getValue());
            assertEquals("My tagline", again.getInputByName("tagline").getValue());

            HtmlPage saved = save(again);

            assertEquals("/members/" + slug, saved.getUrl().getPath());
            assertEquals("My tagline", current().details().tagline(), "the second save applies it on purpose");
        }
    }

    @Test
    void changesToDifferentFieldsAreBothKept() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            OrganisationView read = current();
            directory.update(slug, withTagline(read.details(), "Their tagline"), read.version(), Actor.platform());
            entry.getInputByName("region").setValue("Normandie");

            HtmlPage saved = save(entry);

            assertEquals("/members/" + slug, saved.getUrl().getPath(), saved.asNormalizedText());
        }
        assertEquals("Their tagline", current().details().tagline(), "their change to a field I left is kept");
        assertEquals("Normandie", current().details().region(), "my change is saved");
    }

    @Test
    void aConflictListsOnlyTheFieldsBothChangedAndSavingAgainKeepsTheirOtherChanges() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            OrganisationView read = current();
            OrganisationDetails theirs = withTagline(read.details(), "Their tagline");
            directory.update(slug, new OrganisationDetails(theirs.name(), theirs.tagline(), theirs.description(),
                    theirs.legalStructure(), theirs.foundingYear(), theirs.country(), "Their region",
                    theirs.languages(), theirs.logoUrl(), theirs.homeUrl(), theirs.servicesPageUrl(),
                    theirs.termsOfServiceUrl(), theirs.accountPolicyUrl(), theirs.privacyPolicyUrl(),
                    theirs.economicModelUrl(), theirs.contactEmail(), theirs.contactUrl()), read.version(),
                    Actor.platform());
            entry.getInputByName("tagline").setValue("My tagline");

            HtmlPage conflict = save(entry);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            assertNotNull(conflict.getFirstByXPath("//div[@class='conflict']//tr[th='Tagline']"));
            assertNull(conflict.getFirstByXPath("//div[@class='conflict']//tr[th='Region']"),
                    "the region was changed by them only: no conflict");
            HtmlPage saved = save(entryForm(conflict));

            assertEquals("/members/" + slug, saved.getUrl().getPath());
        }
        assertEquals("My tagline", current().details().tagline());
        assertEquals("Their region", current().details().region(), "saving my version did not revert theirs");
    }

    @Test
    void aChangeElsewhereInTheOrganisationDoesNotStopAFormThatChangesNothing() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            offer(directory, slug, service("Meanwhile", ServiceCategory.CHAT, Registration.OPEN, PriceModel.FREE));

            HtmlPage member = save(entry);

            assertEquals("/members/" + slug, member.getUrl().getPath(), "nothing to compare, nothing lost");
        }
    }

    @Test
    void aDelegateOfAnotherOrganisationIsRefused() throws Exception {
        String theirs = uniqueSlug("edit-other");
        member(directory, theirs, entry("Other " + theirs, "BE", "member@example.com", "nl"));
        try (WebClient browser = Browser.signedIn(root, "member")) {
            assertEquals(403, Browser.open(browser, root, "/members/" + slug + "/edit").getWebResponse()
                    .getStatusCode());
            HtmlForm ownForm = entryForm(Browser.open(browser, root, "/members/" + theirs + "/edit"));
            ownForm.setActionAttribute("/members/" + slug + "/edit");
            ownForm.getInputByName("tagline").setValue("Taken over");

            HtmlPage refused = save(ownForm);

            assertEquals(403, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("Not allowed"));
        }
        assertEquals("Tagline of Aubépine " + slug, current().details().tagline());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm entry = entryForm(Browser.open(browser, root, "/members/" + slug + "/edit"));
            entry.getInputByName("csrf-token").remove();
            entry.getInputByName("tagline").setValue("Forged");

            org.htmlunit.Page refused = entry.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();

            assertEquals(400, refused.getWebResponse().getStatusCode());
        }
        assertEquals("Tagline of Aubépine " + slug, current().details().tagline());
    }

    @Test
    void editingNeedsASignIn() {
        given().redirects().follow(false).get("/members/" + slug + "/edit")
                .then().statusCode(302).header("Location", startsWith(DevSignIn.providerUrl()));
    }

    private OrganisationView current() {
        return directory.profile(slug).orElseThrow().organisation();
    }

    private static HtmlForm entryForm(HtmlPage page) {
        return page.getFirstByXPath("//form[@method='post' and contains(@action, '/edit')]");
    }

    private static HtmlPage save(HtmlForm form) throws java.io.IOException {
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
