package st.libreho.registry.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.internal.web.RegistryWeb.form;
import static st.libreho.registry.internal.web.RegistryWeb.press;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.Browser;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryFixtures;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionDraft;

/**
 * Replicating a version from its page, as a visitor who is not signed in: the version's page (kept for every
 * visitor) links to a form of its own, which is never kept and carries the CSRF token; it downloads a tar.gz whose
 * .env holds the values typed and generated secrets, or comes back naming a missing value with the others kept.
 */
@QuarkusTest
class ReplicatePageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    private String version;
    private List<Variable> variables;

    @BeforeEach
    void bonfirePublished() {
        RegistryFixtures.Organisations organisations = RegistryFixtures.organisations(directory);
        String slug = uniqueSlug("bonfire");
        registry.create(bonfire(organisations.owner(), slug), MEMBER);
        registry.publish(organisations.owner(), slug, new VersionDraft("1.0.0", "First.", bonfireFiles(), null),
                false, MEMBER);
        version = "/registry/" + organisations.owner() + "/" + slug + "/versions/1.0.0";
        variables = registry.version(organisations.owner(), slug, "1.0.0").orElseThrow().variables();
    }

    /** Every required value that is not a secret, filled in; DOMAIN with the address. */
    private void fillRequired(HtmlForm form) {
        for (Variable variable : variables) {
            if (variable.required() && !variable.secret()) {
                form.getInputByName("values." + variable.name()).setValue(variable.name().equals("DOMAIN")
                        ? "social.example.org"
                        : "given-" + variable.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void aVisitorFillsTheValuesAndDownloadsATarGzWhoseEnvHoldsThem() throws Exception {
        Variable secret = variables.stream().filter(Variable::secret).findFirst().orElseThrow();
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, version);
            assertNull(page.getFirstByXPath("//input[@name='csrf-token']"), "the kept page has no token");
            HtmlAnchor link = page.getFirstByXPath("//a[@href='" + version + "/replicate']");
            HtmlPage replicate = link.click();
            assertEquals("no-store", replicate.getWebResponse().getResponseHeaderValue("Cache-Control"));
            HtmlForm form = form(replicate, version + "/replicate");
            assertNotNull(form.getInputByName("csrf-token"));
            HtmlInput secretField = form.getInputByName("values." + secret.name());
            assertEquals("password", secretField.getTypeAttribute());
            assertEquals("", secretField.getValue(), "a secret's default is never shown");
            HtmlCheckBoxInput generate = replicate.getHtmlElementById("generate-" + secret.name());
            assertTrue(generate.isChecked(), "a secret is generated unless the person says otherwise");
            fillRequired(form);

            org.htmlunit.Page download = press(form, null);

            assertEquals(200, download.getWebResponse().getStatusCode());
            assertEquals("application/gzip", download.getWebResponse().getContentType());
            assertEquals("no-store", download.getWebResponse().getResponseHeaderValue("Cache-Control"));
            assertTrue(download.getWebResponse().getResponseHeaderValue("Content-Disposition")
                    .contains(".tar.gz"));
            Map<String, String> files = RegistryWeb.untarGz(download.getWebResponse().getContentAsStream()
                    .readAllBytes());
            assertTrue(files.keySet().containsAll(RegistryFixtures.BONFIRE_FILES), files.keySet().toString());
            String env = files.get(".env");
            assertTrue(env.contains("DOMAIN=\"social.example.org\""), env);
            assertTrue(env.lines().anyMatch(line -> line.startsWith(secret.name() + "=\"") && line.length() > secret
                    .name().length() + 12), "a secret generated for " + secret.name() + ":\n" + env);
        }
    }

    @Test
    void aMissingRequiredValueIsNamedAndTheOthersAreKept() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlForm form = form(Browser.open(browser, root, version + "/replicate"), version + "/replicate");
            fillRequired(form);
            form.getInputByName("values.DOMAIN").setValue("");
            Variable other = variables.stream().filter(v -> !v.secret() && !v.name().equals("DOMAIN")).findFirst()
                    .orElseThrow();
            form.getInputByName("values." + other.name()).setValue("kept value");

            HtmlPage refused = press(form, null);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertEquals("no-store", refused.getWebResponse().getResponseHeaderValue("Cache-Control"));
            assertTrue(refused.getHtmlElementById("values.DOMAIN-error").getTextContent()
                    .contains("donnez-lui une valeur"), refused.asNormalizedText());
            assertTrue(refused.asNormalizedText().contains("DOMAIN"));
            HtmlForm kept = form(refused, version + "/replicate");
            assertEquals("kept value", kept.getInputByName("values." + other.name()).getValue());
            variables.stream().filter(Variable::secret).forEach(secret -> assertEquals("",
                    kept.getInputByName("values." + secret.name()).getValue(), "no generated secret is shown"));
        }
    }

    @Test
    void theFormWithoutItsTokenDownloadsNothing() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlForm form = form(Browser.open(browser, root, version + "/replicate"), version + "/replicate");
            fillRequired(form);
            form.getInputByName("csrf-token").remove();

            org.htmlunit.Page refused = press(form, null);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertFalse(refused.getWebResponse().getContentType().contains("gzip"));
        }
        given().get(version).then().statusCode(200).body(not(containsString("csrf-token")))
                .body(containsString("Fill in the values and download"));
    }
}
