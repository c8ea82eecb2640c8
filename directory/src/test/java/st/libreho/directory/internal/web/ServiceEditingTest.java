package st.libreho.directory.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.offer;
import static st.libreho.directory.testing.DirectoryFixtures.service;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

@QuarkusTest
class ServiceEditingTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    String slug;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("svc");
        member(directory, slug, entry("Sureau " + slug, "FR", "delegate@example.com", "fr"));
    }

    @Test
    void theDelegateAddsAServiceThatThenShowsOnTheMemberPageAndInTheSearch() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root, "/members/" + slug + "/services/new"));
            form.getInputByName("name").setValue("Sureau Cloud " + slug);
            form.getSelectByName("category").getOptionByValue("CLOUD_STORAGE").setSelected(true);
            form.getInputByName("softwareName").setValue("Nextcloud");
            form.getInputByName("softwareLicence").setValue("AGPL-3.0-or-later");
            form.getSelectByName("registration").getOptionByValue("OPEN").setSelected(true);
            form.getSelectByName("priceModel").getOptionByValue("FREE").setSelected(true);
            ((HtmlCheckBoxInput) form.getInputByName("endToEndEncryption")).setChecked(true);

            HtmlPage member = submit(form);

            assertEquals("/members/" + slug, member.getUrl().getPath());
            String text = member.asNormalizedText();
            assertTrue(text.contains("Sureau Cloud " + slug) && text.contains("Nextcloud")
                    && text.contains("End-to-end encrypted"), text);
            HtmlPage search = Browser.open(browser, root, "/services?q=" + slug + "&category=CLOUD_STORAGE&open=true");
            assertTrue(search.asNormalizedText().contains("Sureau Cloud " + slug), search.asNormalizedText());
        }
        ServiceDetails stored = services().get(0).details();
        assertEquals(ServiceCategory.CLOUD_STORAGE, stored.category());
        assertTrue(stored.encryptionInTransit(), "a new service starts with encryption in transit ticked");
        assertTrue(stored.endToEndEncryption());
    }

    @Test
    void aWrongLicenceAndAMissingCategoryAreShownBesideTheirFields() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root, "/members/" + slug + "/services/new"));
            form.getInputByName("name").setValue("Half-done service");
            form.getInputByName("softwareLicence").setValue("Do what you like");
            form.getSelectByName("registration").getOptionByValue("OPEN").setSelected(true);
            form.getSelectByName("priceModel").getOptionByValue("FREE").setSelected(true);

            HtmlPage again = submit(form);

            assertEquals(400, again.getWebResponse().getStatusCode());
            assertTrue(again.getHtmlElementById("softwareLicence-error").getTextContent().contains("SPDX"));
            assertTrue(again.getHtmlElementById("category-error").getTextContent().contains("required"));
            assertEquals("Half-done service", form(again).getInputByName("name").getValue());
            assertEquals("Do what you like", form(again).getInputByName("softwareLicence").getValue());
        }
        assertTrue(services().isEmpty());
    }

    @Test
    void editingAServiceSomeoneElseChangedMeanwhileShowsBothNames() throws Exception {
        ServiceView added = offer(directory, slug,
                service("Sureau Mail", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.FREE));
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root,
                    "/members/" + slug + "/services/" + added.id() + "/edit"));
            directory.updateService(slug, added.id(),
                    service("Sureau Mail (renamed)", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.FREE),
                    added.version(), Actor.platform());
            form.getInputByName("name").setValue("Sureau Courriel");

            HtmlPage conflict = submit(form);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            String row = conflict.<org.htmlunit.html.HtmlElement> getFirstByXPath(
                    "//div[@class='conflict']//tr[th='Name']").asNormalizedText();
            assertTrue(row.contains("Sureau Mail (renamed)") && row.contains("Sureau Courriel"), row);
            assertEquals("Sureau Mail (renamed)", services().get(0).details().name());

            submit(form(conflict));

            assertEquals("Sureau Courriel", services().get(0).details().name());
        }
    }

    @Test
    void editingAServiceKeepsWhatSomeoneElseChangedInOtherFields() throws Exception {
        ServiceView added = offer(directory, slug,
                service("Sureau Pad", ServiceCategory.PADS, Registration.OPEN, PriceModel.FREE));
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm form = form(Browser.open(browser, root,
                    "/members/" + slug + "/services/" + added.id() + "/edit"));
            directory.updateService(slug, added.id(),
                    service("Sureau Pad", ServiceCategory.PADS, Registration.ON_REQUEST, PriceModel.FREE),
                    added.version(), Actor.platform());
            form.getInputByName("name").setValue("Sureau Bloc-notes");

            HtmlPage saved = submit(form);

            assertEquals("/members/" + slug, saved.getUrl().getPath(), saved.asNormalizedText());
        }
        ServiceView now = services().stream().filter(s -> s.id() == added.id()).findFirst().orElseThrow();
        assertEquals("Sureau Bloc-notes", now.details().name());
        assertEquals(Registration.ON_REQUEST, now.details().registration(), "their change is kept");
    }

    @Test
    void theDelegateRemovesAServiceAndTheHistorySaysSo() throws Exception {
        offer(directory, slug, service("Sureau Pads", ServiceCategory.PADS, Registration.OPEN, PriceModel.FREE));
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage member = Browser.open(browser, root, "/members/" + slug);
            HtmlButton remove = member.getFirstByXPath("//button[text()='Remove Sureau Pads']");

            HtmlPage after = remove.click();

            assertTrue(after.asNormalizedText().contains("No service listed yet."), after.asNormalizedText());
            assertTrue(Browser.open(browser, root, "/members/" + slug + "/history").asNormalizedText()
                    .contains("Service “Sureau Pads” removed."));
        }
        assertTrue(services().isEmpty());
    }

    private List<ServiceView> services() {
        return directory.profile(slug).orElseThrow().services();
    }

    private static HtmlForm form(HtmlPage page) {
        return page.getFirstByXPath("//form[@method='post' and contains(@action, '/services/')]");
    }

    private static HtmlPage submit(HtmlForm form) throws IOException {
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
