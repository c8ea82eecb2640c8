package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationView;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/** Operators record the founding members and import existing ones; nobody else may. */
@QuarkusTest
class OperatorPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Test
    void aPersonWhoIsNotAnOperatorIsRefused() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "person")) {
            for (String path : new String[] { "/operator", "/operator/members/new", "/operator/members/import" }) {
                HtmlPage refused = Browser.open(browser, root, path);
                assertEquals(403, refused.getWebResponse().getStatusCode(), path);
                assertTrue(refused.asNormalizedText().contains("Not allowed"), path);
            }
            assertNull(Browser.open(browser, root, "/").getFirstByXPath("//a[@href='/operator']"),
                    "no Operator link in the header");
        }
        given().redirects().follow(false).get("/operator/members/new")
                .then().statusCode(302).header("Location", startsWith(DevSignIn.providerUrl()));
    }

    @Test
    void theOperatorCreatesAFoundingMember() throws Exception {
        String slug = uniqueSlug("founding");
        try (WebClient browser = Browser.signedIn(root, "operator")) {
            HtmlPage home = Browser.open(browser, root, "/");
            HtmlPage tools = home.<org.htmlunit.html.HtmlAnchor> getFirstByXPath("//a[@href='/operator']").click();
            HtmlPage form = tools.getAnchorByHref("/operator/members/new").click();
            HtmlForm create = form.getFirstByXPath("//form[@action='/operator/members/new']");
            create.getInputByName("slug").setValue(slug);
            create.getInputByName("name").setValue("Fondateur " + slug);
            create.getSelectByName("languages").setSelectedAttribute("fr", true);
            create.getSelectByName("languages").setSelectedAttribute("br", true);
            create.getInputByName("contactEmail").setValue("contact@fondateur.example");

            HtmlPage member = submit(create);

            assertEquals("/members/" + slug, member.getUrl().getPath());
            assertTrue(member.asNormalizedText().contains("Fondateur " + slug));
            // chosen from the list, the languages come in its order
            assertTrue(member.asNormalizedText().contains("Breton, French"), member.asNormalizedText());
        }
        OrganisationView created = directory.profile(slug).orElseThrow().organisation();
        assertEquals(OrganisationStatus.MEMBER, created.status());
    }

    @Test
    void aWrongSlugIsShownBesideItsFieldAndTheEntryIsKept() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "operator")) {
            HtmlForm create = Browser.open(browser, root, "/operator/members/new")
                    .getFirstByXPath("//form[@action='/operator/members/new']");
            create.getInputByName("slug").setValue("Not A Slug");
            create.getInputByName("name").setValue("Kept name");

            HtmlPage again = submit(create);

            assertEquals(400, again.getWebResponse().getStatusCode());
            assertTrue(again.getHtmlElementById("slug-error").getTextContent().contains("lower-case"));
            assertEquals("Kept name", again.<org.htmlunit.html.HtmlInput> getHtmlElementById("name").getValue());
        }
    }

    @Test
    void theOperatorImportsAPastedManifestAndSeesWhatCouldNotBeUsed() throws Exception {
        String slug = uniqueSlug("allmende");
        String json = new String(getClass().getResourceAsStream("/librehost/allmende.json").readAllBytes(),
                StandardCharsets.UTF_8);
        try (WebClient browser = Browser.signedIn(root, "operator")) {
            HtmlForm form = Browser.open(browser, root, "/operator/members/import")
                    .getFirstByXPath("//form[@action='/operator/members/import/manifest']");
            form.getTextAreaByName("json").setText(json);
            form.getInputByName("slug").setValue(slug);

            HtmlPage result = submit(form);

            assertEquals(200, result.getWebResponse().getStatusCode());
            assertTrue(result.asNormalizedText().contains("1 member was created."), result.asNormalizedText());
            assertNotNull(result.getFirstByXPath("//a[@href='/members/" + slug + "' and text()='Allmende.io']"));
            HtmlElement warning = result.getFirstByXPath("//table[@class='warnings']//tr[td/code='organizationType']");
            assertTrue(warning.asNormalizedText().contains("computational common"), warning.asNormalizedText());
        }
        assertEquals("Contributing to the Computational Commons",
                directory.profile(slug).orElseThrow().organisation().details().tagline());
    }

    @Test
    void anUnreadableDirectoryIndexIsRefusedBesideItsField() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "operator")) {
            HtmlForm form = Browser.open(browser, root, "/operator/members/import")
                    .getFirstByXPath("//form[@action='/operator/members/import/directory']");
            form.getTextAreaByName("index").setText("[ not an index");

            HtmlPage refused = submit(form);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertNotNull(refused.getHtmlElementById("index-error"));
            assertEquals("[ not an index", refused.<org.htmlunit.html.HtmlTextArea> getHtmlElementById("index")
                    .getText());
        }
    }

    private static HtmlPage submit(HtmlForm form) throws IOException {
        return form.<HtmlButton> getFirstByXPath(".//button[@type='submit']").click();
    }
}
