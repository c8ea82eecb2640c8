package st.libreho.directory.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.directory.testing.DirectoryFixtures.withTagline;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

/** A delegate fills the entry from the librehost.json their organisation already publishes. */
@QuarkusTest
class ImportPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    String slug;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("import");
        member(directory, slug, entry("Nix " + slug, "US", "delegate@example.com", "en"));
    }

    @Test
    void anUploadedManifestIsPreviewedWithItsWarningsAndFillsTheEntryOnceConfirmed() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage preview = upload(browser, manifest("nixnet.json"));

            assertEquals(200, preview.getWebResponse().getStatusCode());
            HtmlElement warning = preview
                    .getFirstByXPath("//table[@class='warnings']//tr[td/code='termsOfServiceUrl']");
            assertNotNull(warning, preview.asNormalizedText());
            assertTrue(warning.asNormalizedText().contains("-"), warning.asNormalizedText());
            HtmlElement tagline = preview.getFirstByXPath("//table[@class='preview']//tr[th='Tagline']");
            assertTrue(tagline.asNormalizedText().contains("Tagline of Nix " + slug), "the value now");
            assertTrue(tagline.asNormalizedText().contains("Freedom served with a slice of liberty"), "the new one");
            assertEquals("Tagline of Nix " + slug, current().details().tagline(), "a preview saves nothing");

            HtmlPage member = confirm(preview);

            assertEquals("/members/" + slug, member.getUrl().getPath());
            assertTrue(member.asNormalizedText().contains("Freedom served with a slice of liberty"));
        }
        OrganisationDetails filled = current().details();
        assertEquals("NixNet", filled.name());
        assertEquals("https://nixnet.services/privacy/", filled.privacyPolicyUrl());
        assertEquals(LegalStructure.INFORMAL_COLLECTIVE, filled.legalStructure());
        assertEquals(2018, filled.foundingYear());
        assertEquals("US", filled.country(), "what the manifest does not say is kept");
        assertEquals("delegate@example.com", filled.contactEmail());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedBesideTheFileField() throws Exception {
        File broken = File.createTempFile("broken", ".json");
        broken.deleteOnExit();
        Files.writeString(broken.toPath(), "{ \"name\": ");
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage refused = upload(browser, broken);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertNotNull(refused.getHtmlElementById("file-error"));
        }
    }

    @Test
    void aManifestOnAPrivateAddressIsNotFetched() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlForm fetch = Browser.open(browser, root, "/members/" + slug + "/import")
                    .getFirstByXPath("//form[@action='/members/" + slug + "/import/fetch']");
            fetch.getInputByName("url").setValue("http://127.0.0.1/librehost.json");

            HtmlPage refused = fetch.<HtmlButton> getFirstByXPath(".//button").click();

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertNotNull(refused.getHtmlElementById("url-error"));
            assertEquals("http://127.0.0.1/librehost.json",
                    refused.<org.htmlunit.html.HtmlInput> getHtmlElementById("url").getValue());
        }
    }

    @Test
    void anEntryChangedSinceThePreviewIsNotFilledUntilConfirmedAgain() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage preview = upload(browser, manifest("snopyta.json"));
            OrganisationView read = current();
            directory.update(slug, withTagline(read.details(), "Changed meanwhile"), read.version(),
                    Actor.platform());

            HtmlPage changed = confirm(preview);

            assertEquals(409, changed.getWebResponse().getStatusCode());
            assertTrue(changed.asNormalizedText().contains("Changed meanwhile"), "the entry as it is now");
            assertEquals("Nix " + slug, current().details().name());

            confirm(changed);

            assertEquals("Snopyta", current().details().name());
        }
    }

    private HtmlPage upload(WebClient browser, File file) throws IOException {
        HtmlForm upload = Browser.open(browser, root, "/members/" + slug + "/import")
                .getFirstByXPath("//form[@action='/members/" + slug + "/import/upload']");
        ((HtmlFileInput) upload.getInputByName("file")).setFiles(file);
        return upload.<HtmlButton> getFirstByXPath(".//button").click();
    }

    private HtmlPage confirm(HtmlPage preview) throws IOException {
        HtmlForm confirm = preview.getFirstByXPath("//form[@action='/members/" + slug + "/import/confirm']");
        return confirm.<HtmlButton> getFirstByXPath(".//button").click();
    }

    private OrganisationView current() {
        return directory.profile(slug).orElseThrow().organisation();
    }

    private static File manifest(String name) throws URISyntaxException {
        return new File(ImportPageTest.class.getResource("/librehost/" + name).toURI());
    }
}
