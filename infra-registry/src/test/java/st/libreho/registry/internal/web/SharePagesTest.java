package st.libreho.registry.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
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

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryFixtures;
import st.libreho.registry.VersionDraft;

/**
 * Sharing a configuration and editing its details from the pages: a refused form keeps what was typed and names the
 * field; an edit over someone else's keeps their changes and shows where both changed; who may do it; the CSRF
 * token; in French too.
 */
@QuarkusTest
class SharePagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    /** An operator, who may change any configuration: the other person of a concurrent edit. */
    private static final st.libreho.platform.Actor OTHER_PUBLISHER = RegistryFixtures.OPERATOR;

    private RegistryFixtures.Organisations organisations;
    private String slug;
    private String tag;

    @BeforeEach
    void bonfirePublished() {
        organisations = RegistryFixtures.organisations(directory);
        slug = uniqueSlug("bonfire");
        tag = uniqueSlug("t");
        ConfigurationDraft draft = bonfire(organisations.owner(), slug);
        registry.create(new ConfigurationDraft(draft.owner(), draft.slug(), draft.title(), draft.software(),
                draft.format(), List.of("fediverse", tag), draft.status(),
                "# Bonfire\n\nA recipe for **Docker Swarm**.\n\n<script>alert('readme')</script>\n"), MEMBER);
        registry.publish(organisations.owner(), slug, new VersionDraft("1.0.0", "First.", bonfireFiles(), null),
                false, MEMBER);
    }

    private String page() {
        return "/registry/" + organisations.owner() + "/" + slug;
    }

    @Test
    void theShareFormKeepsWhatWasTypedAndNamesTheLicenceItRefuses() throws Exception {
        String newSlug = uniqueSlug("mongo");
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage list = Browser.open(browser, root, "/registry");
            assertNotNull(list.getFirstByXPath("//a[@href='/registry/new']"), "a member may share");
            HtmlPage page = Browser.open(browser, root, "/registry/new");
            HtmlForm share = form(page, "/registry/new");
            share.getSelectByName("owner").setSelectedAttribute(organisations.owner(), true);
            share.getInputByName("slug").setValue(newSlug);
            share.getInputByName("title").setValue("MongoDB for everyone");
            share.getInputByName("software.name").setValue("MongoDB");
            share.getInputByName("software.sourceUrl").setValue("https://github.com/mongodb/mongo");
            share.getInputByName("software.licence").setValue("SSPL-1.0");
            share.getInputByName("tags").setValue("Database, nosql");
            share.getTextAreaByName("readme").setText("How we run it.");

            HtmlPage refused = press(share, null);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            String error = refused.getHtmlElementById("software.licence-error").getTextContent();
            assertTrue(error.contains("must be free software") && error.contains("SSPL-1.0"), error);
            assertTrue(refused.asNormalizedText().contains("Software's licence: must be free software"),
                    "the summary names the field");
            HtmlForm kept = form(refused, "/registry/new");
            assertEquals(organisations.owner(), kept.getSelectByName("owner").getSelectedOptions().get(0)
                    .getValueAttribute());
            assertEquals(newSlug, kept.getInputByName("slug").getValue());
            assertEquals("MongoDB for everyone", kept.getInputByName("title").getValue());
            assertEquals("SSPL-1.0", kept.getInputByName("software.licence").getValue());
            assertEquals("Database, nosql", kept.getInputByName("tags").getValue());
            assertEquals("How we run it.", kept.getTextAreaByName("readme").getText());
            assertTrue(registry.configuration(organisations.owner(), newSlug, null).isEmpty(), "nothing shared");

            kept.getInputByName("software.licence").setValue("AGPL-3.0-or-later");
            HtmlPage created = press(kept, null);

            assertEquals("/registry/" + organisations.owner() + "/" + newSlug, created.getUrl().getPath());
            assertTrue(created.asNormalizedText().contains("The configuration is shared."));
            assertNotNull(created.getFirstByXPath("//a[@href='/registry/" + organisations.owner() + "/" + newSlug
                    + "/publish']"), "its publisher is offered to publish");
        }
        ConfigurationView shared = registry.configuration(organisations.owner(), newSlug, null).orElseThrow();
        assertEquals(List.of("database", "nosql"), shared.tags());
        assertEquals(ConfigurationStatus.EXPERIMENTAL, shared.status());
    }

    @Test
    void editingWhileSomeoneElseSavesKeepsTheirChangesAndShowsWhereBothChanged() throws Exception {
        String address = page() + "/edit";
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm edit = form(Browser.open(browser, root, address), address);
            ConfigurationView now = registry.configuration(organisations.owner(), slug, MEMBER).orElseThrow();
            registry.update(organisations.owner(), slug, new ConfigurationDraft(now.owner(), now.slug(),
                    "Their title", now.software(), now.format(), now.tags(), ConfigurationStatus.DEPRECATED,
                    now.readme()), now.version(), OTHER_PUBLISHER);
            edit.getInputByName("title").setValue("My title");
            edit.getInputByName("tags").setValue("fediverse, " + tag + ", mine");

            HtmlPage conflict = press(edit, null);

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            String text = conflict.asNormalizedText();
            assertTrue(text.contains("Someone else saved a change meanwhile"), text);
            assertTrue(text.contains("Their title") && text.contains("My title"), text);
            HtmlForm merged = form(conflict, address);
            assertEquals("My title", merged.getInputByName("title").getValue(), "what was typed is kept");
            assertEquals("DEPRECATED", merged.getSelectByName("status").getSelectedOptions().get(0)
                    .getValueAttribute(), "their change to a field left alone is kept");

            HtmlPage saved = press(merged, null);
            assertEquals(page(), saved.getUrl().getPath());
        }
        ConfigurationView after = registry.configuration(organisations.owner(), slug, null).orElseThrow();
        assertEquals("My title", after.title());
        assertEquals(ConfigurationStatus.DEPRECATED, after.status());
        assertTrue(after.tags().contains("mine"));
    }

    @Test
    void someoneWhoSpeaksForNoMemberGetsNoFormAndA403() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "person")) {
            HtmlPage list = Browser.open(browser, root, "/registry");
            assertTrue(list.getFirstByXPath("//a[@href='/registry/new']") == null, "no share link");
            for (String address : List.of("/registry/new", page() + "/edit")) {
                HtmlPage refused = Browser.open(browser, root, address);
                assertEquals(403, refused.getWebResponse().getStatusCode(), address);
                assertTrue(refused.asNormalizedText().contains("Not allowed"), address);
            }
            HtmlPage configuration = Browser.open(browser, root, page());
            assertTrue(configuration.getFirstByXPath("//form[@action='" + page() + "/clone']") == null,
                    "no organisation to clone into");
        }
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            // a delegate of another member: may share for theirs, but not change this one
            assertEquals(403, Browser.open(browser, root, page() + "/edit").getWebResponse().getStatusCode());
            assertEquals(200, Browser.open(browser, root, "/registry/new").getWebResponse().getStatusCode());
        }
        given().redirects().follow(false).get("/registry/new")
                .then().statusCode(302).header("Location", startsWith(DevSignIn.providerUrl()));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        String address = page() + "/edit";
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm edit = form(Browser.open(browser, root, address), address);
            edit.getInputByName("csrf-token").remove();
            edit.getInputByName("title").setValue("Forged");

            org.htmlunit.Page refused = press(edit, null);

            assertEquals(400, refused.getWebResponse().getStatusCode());
        }
        assertEquals("Bonfire on Co-op Cloud",
                registry.configuration(organisations.owner(), slug, null).orElseThrow().title());
    }

    @Test
    void theFormsSpeakFrench() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "member")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlPage share = Browser.open(browser, root, "/registry/new");
            HtmlForm form = form(share, "/registry/new");
            form.getSelectByName("owner").setSelectedAttribute(organisations.owner(), true);
            HtmlPage refused = press(form, null);
            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("slug-error").getTextContent().contains("est obligatoire"),
                    refused.asNormalizedText());
            assertFalse(refused.asNormalizedText().contains("is required"));
        }
    }
}
