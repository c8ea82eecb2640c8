package st.libreho.directory.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.directory.testing.DirectoryFixtures.withTagline;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.ContactKind;
import st.libreho.directory.Delegate;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

/** The typed contacts and the delegation, managed by a delegate. */
@QuarkusTest
class ContactsAndDelegationTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    String slug;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("deleg");
        member(directory, slug, entry("Noisetier " + slug, "FR", "delegate@example.com", "fr"));
    }

    @Test
    void theDelegateSetsAnAbuseContactAndRemovesIt() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage contacts = Browser.open(browser, root, "/members/" + slug + "/contacts");
            HtmlForm abuse = contacts.getFirstByXPath("//form[@action='/members/" + slug + "/contacts/abuse']");
            abuse.getInputByName("email").setValue("abuse@noisetier.example");

            HtmlPage saved = submit(abuse);

            assertTrue(saved.asNormalizedText().contains("Your changes are saved."));
            assertTrue(Browser.open(browser, root, "/members/" + slug).asNormalizedText()
                    .contains("abuse@noisetier.example"));
            HtmlButton remove = saved
                    .getFirstByXPath("//form[@action='/members/" + slug + "/contacts/abuse/remove']//button");

            remove.click();

            assertTrue(directory.profile(slug).orElseThrow().contacts().isEmpty());
        }
    }

    @Test
    void aContactChangedMeanwhileIsNotOverwrittenUntilTheDelegateSavesAgain() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm abuse = Browser.open(browser, root, "/members/" + slug + "/contacts")
                    .getFirstByXPath("//form[@action='/members/" + slug + "/contacts/abuse']");
            directory.putContact(slug, st.libreho.directory.ContactKind.ABUSE, "theirs@noisetier.example", null,
                    st.libreho.platform.Actor.platform());
            abuse.getInputByName("email").setValue("mine@noisetier.example");

            HtmlPage conflict = submit(abuse);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            assertTrue(conflict.asNormalizedText().contains("theirs@noisetier.example"));
            assertEquals("theirs@noisetier.example", directory.profile(slug).orElseThrow().contacts().get(0).email());
            HtmlForm again = conflict.getFirstByXPath("//form[@action='/members/" + slug + "/contacts/abuse']");
            assertEquals("mine@noisetier.example", again.getInputByName("email").getValue());

            submit(again);

            assertEquals("mine@noisetier.example", directory.profile(slug).orElseThrow().contacts().get(0).email());
        }
    }

    @Test
    void aWrongContactAddressIsShownBesideItsFieldOfItsForm() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm security = Browser.open(browser, root, "/members/" + slug + "/contacts")
                    .getFirstByXPath("//form[@action='/members/" + slug + "/contacts/security']");
            security.getInputByName("email").setValue("not an address");

            HtmlPage again = submit(security);

            assertEquals(400, again.getWebResponse().getStatusCode());
            assertTrue(again.getHtmlElementById("security-email-error").getTextContent().contains("e-mail address"));
            assertEquals("not an address", again.<org.htmlunit.html.HtmlInput> getHtmlElementById("security-email")
                    .getValue());
        }
        assertFalse(directory.profile(slug).orElseThrow().contacts().stream()
                .anyMatch(contact -> contact.kind() == ContactKind.SECURITY));
    }

    @Test
    void theDelegationPageListsTheAddressesAndExplainsTheDelegateRole() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + slug + "/delegation");

            String text = page.asNormalizedText();
            assertTrue(text.contains("delegate@example.com"), text);
            assertTrue(text.contains("verified e-mail address is in this list gets the delegate role"), text);
        }
    }

    @Test
    void anAddedAddressIsListedAndOnlyDelegatesSeeItInTheHistory() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm add = Browser.open(browser, root, "/members/" + slug + "/delegation")
                    .getFirstByXPath("//form[@action='/members/" + slug + "/delegation']");
            add.getInputByName("email").setValue("Someone@Noisetier.example");

            HtmlPage saved = submit(add);

            assertTrue(saved.asNormalizedText().contains("someone@noisetier.example"), saved.asNormalizedText());
            assertTrue(Browser.open(browser, root, "/members/" + slug + "/history").asNormalizedText()
                    .contains("someone@noisetier.example added to the delegation."));
        }
        try (WebClient anonymous = Browser.anonymous()) {
            String history = Browser.open(anonymous, root, "/members/" + slug + "/history").asNormalizedText();
            assertTrue(history.contains("An address was added to the delegation."), history);
            assertFalse(history.contains("someone@noisetier.example"), history);
        }
    }

    @Test
    void theLastAddressCannotBeRemovedAndThePageSaysWhy() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + slug + "/delegation");
            HtmlButton remove = page.getFirstByXPath("//button[text()='Remove delegate@example.com']");

            HtmlPage refused = remove.click();

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("delegates-error").getTextContent().contains("cannot be left empty"));
        }
        assertEquals(1, directory.delegation(slug, Actor.platform()).size());
    }

    @Test
    void anotherAddressIsRemoved() throws Exception {
        directory.addDelegate(slug, "leaving@noisetier.example", Actor.platform());
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/" + slug + "/delegation");
            ((HtmlButton) page.getFirstByXPath("//button[text()='Remove leaving@noisetier.example']")).click();
        }
        assertEquals(List.of("delegate@example.com"),
                directory.delegation(slug, Actor.platform()).stream().map(Delegate::email).toList());
    }

    @Test
    void theContactAddressIsChangedHereAndAConcurrentChangeIsShown() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm contact = contactForm(Browser.open(browser, root, "/members/" + slug + "/delegation"));
            OrganisationView read = current();
            directory.update(slug, withTagline(read.details(), "Changed meanwhile"), read.version(),
                    Actor.platform());
            contact.getInputByName("contactEmail").setValue("bonjour@noisetier.example");

            HtmlPage conflict = submit(contact);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            String row = conflict.<org.htmlunit.html.HtmlElement> getFirstByXPath(
                    "//div[@class='conflict']//tr[th='Contact e-mail']").asNormalizedText();
            assertTrue(row.contains("delegate@example.com") && row.contains("bonjour@noisetier.example"), row);
            assertEquals("delegate@example.com", current().details().contactEmail());

            HtmlPage saved = submit(contactForm(conflict));

            assertTrue(saved.asNormalizedText().contains("Your changes are saved."));
        }
        assertEquals("bonjour@noisetier.example", current().details().contactEmail());
        assertEquals("Changed meanwhile", current().details().tagline(), "the other change is kept");
        assertNotNull(directory.history(slug, 1, 20, Actor.platform()).items().stream()
                .filter(entry -> entry.kind().equals("CONTACT_EMAIL_CHANGED")).findFirst().orElse(null));
    }

    private OrganisationView current() {
        return directory.profile(slug).orElseThrow().organisation();
    }

    private HtmlForm contactForm(HtmlPage page) {
        return page.getFirstByXPath("//form[@action='/members/" + slug + "/delegation/contact-email']");
    }

    private static HtmlPage submit(HtmlForm form) throws IOException {
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
