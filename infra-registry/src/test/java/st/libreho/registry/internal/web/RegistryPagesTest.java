package st.libreho.registry.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.OTHER;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.RegistryFixtures.withLineAdded;
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
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryFixtures;
import st.libreho.registry.VersionDraft;

/**
 * The registry's pages as people read them: the list and its filters, kept for visitors and forgotten on a change; a
 * configuration's page (its README sanitised, its versions, where a clone comes from and how far behind it is);
 * cloning into one's organisation; what changed between two versions; in English and in French.
 */
@QuarkusTest
class RegistryPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Registry registry;

    @Inject
    Directory directory;

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
    void theListShowsAConfigurationWhichItsFiltersFindOrLeaveOut() {
        given().get("/registry?tag=" + tag).then().statusCode(200)
                .body(containsString("<a href=\"" + page() + "\">Bonfire on Co-op Cloud</a>"))
                .body(containsString("1 configuration"))
                .body(containsString("1.0.0"))
                .body(containsString("AGPL-3.0-only"))
                .body(containsString("Docker Compose"))
                .body(containsString("In production"))
                .body(containsString("href=\"/registry?tag=" + tag + "\""))
                .body(not(containsString("csrf-token")));
        given().get("/registry?tag=" + tag + "&format=DOCKER_COMPOSE&licence=AGPL-3.0-only&status=PRODUCTION"
                + "&software=bonfire&owner=" + organisations.owner() + "&q=swarm").then().statusCode(200)
                .body(containsString(page()));
        given().get("/registry?tag=" + tag + "&format=HELM").then().statusCode(200)
                .body(not(containsString(page())))
                .body(containsString("No configuration matches these filters."));
        given().get("/registry?tag=" + tag + "&licence=MIT").then().statusCode(200)
                .body(not(containsString(page())));
        // the filters' links on an item are addresses of the list
        given().get("/registry?licence=AGPL-3.0-only&tag=" + tag).then().statusCode(200)
                .body(containsString("href=\"/registry?licence=AGPL-3.0-only\""))
                .body(containsString("href=\"/registry?format=DOCKER_COMPOSE\""));
    }

    @Test
    void theListKeptForVisitorsIsForgottenWhenAConfigurationIsShared() {
        String etag = given().get("/registry?tag=" + tag).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/registry?tag=" + tag).then().statusCode(304);

        String second = uniqueSlug("second");
        ConfigurationDraft draft = bonfire(organisations.owner(), second);
        registry.create(new ConfigurationDraft(draft.owner(), second, "A second one", draft.software(),
                ConfigurationFormat.ANSIBLE, List.of(tag), ConfigurationStatus.EXPERIMENTAL, ""), MEMBER);

        given().header("If-None-Match", etag).get("/registry?tag=" + tag).then().statusCode(200)
                .body(containsString("A second one"))
                .body(containsString("2 configurations"));
    }

    @Test
    void aVisitorReadsTheReadmeSanitisedTheVersionsAndNoForm() {
        given().get(page()).then().statusCode(200)
                .body(containsString("<h1>Bonfire on Co-op Cloud</h1>"))
                .body(containsString("<strong>Docker Swarm</strong>"))
                .body(not(containsString("<script>alert")))
                .body(containsString("href=\"" + page() + "/versions/1.0.0\""))
                .body(containsString("sha256:"))
                .body(containsString("AGPL-3.0-only"))
                .body(containsString("https://github.com/bonfire-networks/bonfire-app"))
                .body(not(containsString("/publish\"")))
                .body(not(containsString("csrf-token")));
        given().get("/registry/" + organisations.owner() + "/no-such-thing").then().statusCode(404);
    }

    @Test
    void aCloneSaysWhereItComesFromAndHowManyVersionsItIsBehind() {
        registry.cloneVersion(organisations.owner(), slug, "1.0.0", organisations.other(), null, OTHER);
        String clone = "/registry/" + organisations.other() + "/" + slug;
        given().get(clone).then().statusCode(200)
                .body(containsString("Cloned from"))
                .body(containsString("up to date with it"));

        registry.publish(organisations.owner(), slug, new VersionDraft("1.1.0", "Backups.",
                withLineAdded(bonfireFiles(), "compose.yml", "# backups every night"), null), false, MEMBER);

        given().get(clone).then().statusCode(200)
                .body(containsString("1 version behind"))
                .body(containsString("href=\"" + page() + "/diff?from=1.0.0&amp;to=1.1.0\""));
        given().get(page()).then().statusCode(200)
                .body(containsString("href=\"" + clone + "\""))
                .body(containsString("what changed since 1.0.0"));
        given().header("Accept-Language", "fr").get(clone).then().statusCode(200)
                .body(containsString("Clonée depuis"))
                .body(containsString("1 version de retard"));
        given().get(page() + "/diff?from=1.0.0&to=1.1.0").then().statusCode(200)
                .body(containsString("compose.yml"))
                .body(containsString("class=\"diff-ADDED\""))
                .body(containsString("# backups every night"))
                .body(containsString("+1"))
                .body(containsString(page() + "/diff.patch?from=1.0.0&amp;to=1.1.0"));
        given().get(page() + "/diff.patch?from=1.0.0&to=1.1.0").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(startsWith("diff --git a/compose.yml b/compose.yml"))
                .body(containsString("+# backups every night"));
    }

    @Test
    void aDelegateOfAnotherMemberClonesAVersionIntoTheirOrganisation() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage configuration = Browser.open(browser, root, page());
            HtmlForm clone = form(configuration, page() + "/clone");
            assertEquals(organisations.other(), clone.getSelectByName("into").getOptions().stream()
                    .filter(o -> o.getValueAttribute().equals(organisations.other())).findFirst().orElseThrow()
                    .getValueAttribute());
            clone.getSelectByName("into").setSelectedAttribute(organisations.other(), true);
            clone.getInputByName("newSlug").setValue("BAD slug");

            HtmlPage refused = press(clone, null);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("newSlug-error").getTextContent().contains("lower-case"),
                    refused.asNormalizedText());
            HtmlForm again = form(refused, page() + "/clone");
            assertEquals("BAD slug", again.getInputByName("newSlug").getValue(), "what was typed is kept");
            again.getInputByName("newSlug").setValue("my-bonfire");

            HtmlPage cloned = press(again, null);

            assertEquals("/registry/" + organisations.other() + "/my-bonfire", cloned.getUrl().getPath());
            assertTrue(cloned.asNormalizedText().contains("The configuration was cloned"), cloned.asNormalizedText());
            assertTrue(cloned.asNormalizedText().contains("Cloned from"));
        }
    }

    @Test
    void thePagesSpeakFrench() {
        given().header("Accept-Language", "fr").get("/registry?tag=" + tag).then().statusCode(200)
                .body(containsString("<h1>Registre</h1>"))
                .body(containsString("Chercher des configurations"))
                .body(containsString("1 configuration"))
                .body(containsString("En production"));
        given().header("Accept-Language", "fr").get(page()).then().statusCode(200)
                .body(containsString("Empreinte du contenu"))
                .body(containsString("Utilisée par"))
                .body(containsString("la plus récente"));
        given().header("Accept-Language", "fr").get(page() + "/versions/1.0.0").then().statusCode(200)
                .body(containsString("Remplir les valeurs et télécharger"))
                .body(containsString("Comment la vérifier"));
        given().header("Accept-Language", "fr").get("/registry/content-hash").then().statusCode(200)
                .body(containsString("<h2>Comment elle est faite</h2>"));
    }
}
