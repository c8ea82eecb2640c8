package st.libreho.registry.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.internal.web.RegistryWeb.form;
import static st.libreho.registry.internal.web.RegistryWeb.press;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.Browser;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryFixtures;
import st.libreho.registry.VersionView;

/**
 * Publishing from the page: files pasted in pairs of fields, checked first and then published; a pasted secret
 * refused at its file and line, masked, with the files kept in a page nobody stores; an uploaded archive.
 */
@QuarkusTest
class PublishPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    private RegistryFixtures.Organisations organisations;
    private String slug;

    @BeforeEach
    void bonfireShared() {
        organisations = RegistryFixtures.organisations(directory);
        slug = uniqueSlug("bonfire");
        registry.create(bonfire(organisations.owner(), slug), MEMBER);
    }

    private String page() {
        return "/registry/" + organisations.owner() + "/" + slug;
    }

    private static void paste(HtmlForm form, List<ConfigurationFile> files) {
        for (int i = 0; i < files.size(); i++) {
            form.getInputByName("file-" + (i + 1) + "-path").setValue(files.get(i).path());
            form.getTextAreaByName("file-" + (i + 1) + "-content").setText(files.get(i).content());
        }
    }

    @Test
    void pastedFilesAreCheckedThenPublishedAndTheVersionPageShowsThem() throws Exception {
        String address = page() + "/publish";
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage start = Browser.open(browser, root, address);
            assertEquals("no-store", start.getWebResponse().getResponseHeaderValue("Cache-Control"));
            HtmlForm form = form(start, address);
            assertEquals("multipart/form-data", form.getEnctypeAttribute());
            assertEquals("1.0.0", form.getInputByName("version").getValue(), "a first version is suggested");
            assertNotNull(form.getInputByName("file-5-path"), "at least five pairs");
            paste(form, bonfireFiles());
            form.getTextAreaByName("changelog").setText("First, with **Postgres**.");

            HtmlPage checked = press(form, "check");

            assertEquals(200, checked.getWebResponse().getStatusCode());
            String text = checked.asNormalizedText();
            assertTrue(text.contains("The checks passed"), text);
            assertTrue(text.contains("DOMAIN"), "the proposed variables");
            assertTrue(registry.configuration(organisations.owner(), slug, null).orElseThrow().versions().isEmpty(),
                    "a check stores nothing");
            HtmlForm again = form(checked, address);
            assertEquals(bonfireFiles().get(2).content(), again.getTextAreaByName("file-3-content").getText());

            HtmlPage published = press(again, "publish");

            assertEquals(page() + "/versions/1.0.0", published.getUrl().getPath());
            String version = published.asNormalizedText();
            assertTrue(version.contains("Version 1.0.0 is published."), version);
            assertTrue(version.contains("Warnings"), "the lint's warnings are shown after publishing");
            assertTrue(version.contains("ERLANG_COOKIE"), version);
        }
        VersionView stored = registry.version(organisations.owner(), slug, "1.0.0").orElseThrow();
        assertEquals(3, stored.files().size());
        given().get(page() + "/versions/1.0.0").then().statusCode(200)
                .body(containsString(stored.contentHash()))
                .body(containsString("href=\"/registry/content-hash\""))
                .body(containsString("<strong>Postgres</strong>"))
                .body(containsString("data-lang=\"yaml\""))
                .body(containsString("data-lang=\"env\""))
                .body(containsString("id=\"f3-L1\""))
                // a warning links to the line it is about
                .body(containsString("<a href=\"#f3-L25\">25</a>"))
                .body(containsString("<script src=\"/js/registry-highlight.js\" defer></script>"))
                .body(containsString("href=\"" + page() + "/versions/1.0.0/replicate\""))
                .body(not(containsString("csrf-token")))
                .body(not(containsString("<script>")));
        given().get("/js/registry-highlight.js").then().statusCode(200).body(containsString("tok-comment"));
    }

    @Test
    void aPastedSecretIsRefusedAtItsFileAndLineShownOnlyMaskedInAPageNobodyKeeps() throws Exception {
        String token = "glpat-" + "Xk3Lq9VbT2mZr8Wy4NpA";
        List<ConfigurationFile> files = RegistryFixtures.withLineAdded(bonfireFiles(), ".env.sample",
                "GITLAB_TOKEN=" + token);
        long line = files.get(0).content().lines().count();
        String address = page() + "/publish";
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = form(Browser.open(browser, root, address), address);
            paste(form, files);

            HtmlPage refused = press(form, "publish");

            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertEquals("no-store", refused.getWebResponse().getResponseHeaderValue("Cache-Control"));
            DomElement findings = refused.getFirstByXPath("//section[@class='registry-refused']");
            assertNotNull(findings, refused.asNormalizedText());
            String shown = findings.asNormalizedText();
            assertTrue(shown.contains("Nothing was published"), shown);
            assertTrue(shown.contains("Secret") && shown.contains("Error"), shown);
            assertTrue(shown.contains(".env.sample") && shown.contains(String.valueOf(line)), shown);
            assertFalse(shown.contains(token), "the findings show the value only masked");
            assertNotNull(findings.getFirstByXPath(".//a[@href='#file-1-content']"), "the file is linked");
            HtmlForm kept = form(refused, address);
            assertEquals(files.get(0).content(), kept.getTextAreaByName("file-1-content").getText(),
                    "what was pasted is kept to be fixed");
            assertEquals("1.0.0", kept.getInputByName("version").getValue());
        }
        assertTrue(registry.configuration(organisations.owner(), slug, null).orElseThrow().versions().isEmpty());
    }

    @Test
    void anUploadedArchivePublishesAndItsFilesComeBackInTheFieldsWhenRefused() throws Exception {
        String address = page() + "/publish";
        File archive = File.createTempFile("bonfire", ".tar.gz");
        archive.deleteOnExit();
        try (WebClient browser = Browser.signedIn(root, "member")) {
            // a version number that is not one: refused, and the archive's files are now in the fields
            Files.write(archive.toPath(), RegistryWeb.tarGz("bonfire-main", bonfireFiles()));
            HtmlForm form = form(Browser.open(browser, root, address), address);
            form.getInputByName("version").setValue("v1");
            HtmlFileInput upload = form.getInputByName("archive");
            upload.setFiles(archive);

            HtmlPage refused = press(form, "publish");

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("version-error").getTextContent().contains("semantic version"));
            HtmlForm kept = form(refused, address);
            assertTrue(refused.asNormalizedText().contains("The files below come from"), refused.asNormalizedText());
            assertEquals(".env.sample", kept.getInputByName("file-1-path").getValue());
            assertEquals("compose.yml", kept.getInputByName("file-3-path").getValue());

            kept.getInputByName("version").setValue("1.0.0");
            HtmlFileInput again = kept.getInputByName("archive");
            again.setFiles(archive);
            HtmlPage published = press(kept, "publish");

            assertEquals(page() + "/versions/1.0.0", published.getUrl().getPath());
        }
        VersionView stored = registry.version(organisations.owner(), slug, "1.0.0").orElseThrow();
        assertEquals(List.of(".env.sample", "compose.postgres.yml", "compose.yml"),
                stored.files().stream().map(ConfigurationFile::path).toList());

        // the next version's form starts from these files, and suggests the next patch
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm next = form(Browser.open(browser, root, address), address);
            assertEquals("1.0.1", next.getInputByName("version").getValue());
            assertEquals("compose.postgres.yml", next.getInputByName("file-2-path").getValue());
            assertNotNull(next.getInputByName("file-8-path"), "and empty pairs after them");
        }
    }

    @Test
    void onlyThePublishersOfTheConfigurationGetTheForm() throws Exception {
        // a person who speaks for no member, and a delegate of another member
        for (String user : List.of("person", "delegate")) {
            try (WebClient browser = Browser.signedIn(root, user)) {
                HtmlPage refused = Browser.open(browser, root, page() + "/publish");
                assertEquals(403, refused.getWebResponse().getStatusCode(), user);
                assertTrue(refused.asNormalizedText().contains("Not allowed"), user);
            }
        }
        given().redirects().follow(false).get(page() + "/publish").then().statusCode(302);
    }

    @Test
    void theMultipartFormWithoutItsTokenPublishesNothing() throws Exception {
        String address = page() + "/publish";
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = form(Browser.open(browser, root, address), address);
            paste(form, bonfireFiles());
            form.getInputByName("csrf-token").remove();

            org.htmlunit.Page refused = press(form, "publish");

            assertEquals(400, refused.getWebResponse().getStatusCode());
        }
        assertTrue(registry.configuration(organisations.owner(), slug, null).orElseThrow().versions().isEmpty());
    }

    @Test
    void aContentWithoutAPathIsNamedAndMoreFieldsAreAddedWithoutLosingAnything() throws Exception {
        String address = page() + "/publish";
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = form(Browser.open(browser, root, address), address);
            form.getTextAreaByName("file-2-content").setText("no path for me");

            HtmlPage more = press(form, "more");
            HtmlForm bigger = form(more, address);
            assertNotNull(bigger.getInputByName("file-10-path"));
            assertEquals("no path for me", bigger.getTextAreaByName("file-2-content").getText());

            HtmlPage refused = press(bigger, "check");

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("file-2-path-error").getTextContent().contains("needs a path"));
        }
    }
}
