package st.libreho.web.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.zephyrHosts;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.Browser;

/** The home page's quick search ("I need ... in ...") leads to the directory's "find a host" list. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeSearchTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void members() {
        zephyrHosts(directory);
    }

    @Test
    void fromTheHomePageAFrenchVisitorFindsOpenEmailInFrenchInTwoClicks() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            browser.addRequestHeader("Accept-Language", "fr-FR,fr;q=0.9");
            HtmlPage home = Browser.open(browser, root, "/");
            HtmlForm search = home.getFirstByXPath("//form[@action='/services']");
            HtmlSelect language = search.getSelectByName("language");
            assertEquals("fr", language.getSelectedOptions().get(0).getValueAttribute(),
                    "the visitor's language is chosen already");
            assertTrue(((HtmlCheckBoxInput) search.getInputByName("open")).isChecked());
            assertNotNull(home.getFirstByXPath("//label[@for='need-category']"));
            assertNotNull(home.getFirstByXPath("//label[@for='need-language']"));

            // first click: choose "Courriel"; second click: "Trouver un hébergeur"
            search.getSelectByName("category").getOptionByValue("EMAIL").setSelected(true);
            HtmlPage results = search.<HtmlElement> getFirstByXPath(".//button[@type='submit']").click();

            assertEquals("/services", results.getUrl().getPath());
            String query = results.getUrl().getQuery();
            assertTrue(query.contains("category=EMAIL") && query.contains("language=fr") && query.contains("open="),
                    query);
            // the database is shared with other test classes: every listed service matches, and ours are there
            int listed = results.getByXPath("//li[@class='result']").size();
            assertTrue(listed > 0);
            assertEquals(listed, results.getByXPath("//li[@class='result']//span[contains(@class,'badge-open')]")
                    .size(), "only open registrations");
            List<String> names = names(Browser.open(browser, root, "/services?" + query + "&q=zephyrmail"));
            assertTrue(names.containsAll(List.of("Zephyrmail bilingue", "Zephyrmail open")), names.toString());
            assertFalse(names.contains("Zephyrmail invite"), "registration on request is not open");
            assertFalse(names.contains("Zephyrmail english"), "not offered in French");
            assertFalse(names.contains("Zephyrchat"), "not e-mail");
        }
    }

    @Test
    void theHeaderLinksToTheDirectoryAndTheServices() {
        given().get("/").then()
                .body(containsString("href=\"/directory\">Directory</a>"))
                .body(containsString("href=\"/services\">Find a host</a>"));
    }

    private static List<String> names(HtmlPage page) {
        return page.<HtmlElement> getByXPath("//ul[@class='results']/li/h4").stream()
                .map(heading -> heading.getTextContent().strip()).toList();
    }
}
