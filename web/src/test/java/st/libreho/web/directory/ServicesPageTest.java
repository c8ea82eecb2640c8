package st.libreho.web.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.web.directory.DirectoryFixtures.entry;
import static st.libreho.web.directory.DirectoryFixtures.member;
import static st.libreho.web.directory.DirectoryFixtures.offer;
import static st.libreho.web.directory.DirectoryFixtures.service;

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
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;

/** "Find a host for my need": the services of every member, and the home page's search that leads to them. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void members() {
        member(directory, "needs-zephyr", entry("Zephyr Mail Coop", "FR", null, "fr"));
        offer(directory, "needs-zephyr",
                service("Zephyrmail open", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.DONATION));
        offer(directory, "needs-zephyr",
                service("Zephyrmail invite", ServiceCategory.EMAIL, Registration.ON_REQUEST, PriceModel.FREE));
        offer(directory, "needs-zephyr",
                service("Zephyrchat", ServiceCategory.CHAT, Registration.OPEN, PriceModel.FREE));
        member(directory, "needs-zephyr-en", entry("Zephyr English Hosting", "GB", null, "en"));
        offer(directory, "needs-zephyr-en",
                service("Zephyrmail english", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.FREE));
        // speaks English as an organisation, but this service is offered in French too
        offer(directory, "needs-zephyr-en",
                service("Zephyrmail bilingue", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.PAID, "en", "fr"));
    }

    @Test
    void openRegistrationEmailInFrenchListsOnlyThoseServices() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root,
                    "/services?q=zephyr&category=EMAIL&language=fr&open=true");

            assertEquals(List.of("Zephyrmail bilingue", "Zephyrmail open"), names(page));
            assertTrue(page.asNormalizedText().contains("2 services"), page.asNormalizedText());
        }
    }

    @Test
    void eachServiceSaysWhoOffersItWithWhatSoftwareOnWhatTerms() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/services?q=zephyrmail+open");

            HtmlElement listing = page.getFirstByXPath("//ul[@class='results']/li");
            String text = listing.asNormalizedText();
            assertNotNull(listing.getFirstByXPath(".//a[@href='/members/needs-zephyr' and text()='Zephyr Mail Coop']"));
            assertTrue(text.contains("Roundcube"), text);
            assertTrue(text.contains("GPL-3.0-or-later"), text);
            assertTrue(text.contains("Open registrations"), text);
            assertTrue(text.contains("Free, donations welcome"), text);
            assertTrue(text.contains("Encrypted in transit"), text);
            assertTrue(text.contains("Data export"), text);
            assertFalse(text.contains("End-to-end encrypted"), text);
            assertTrue(text.contains("The organisation's languages"), text);
        }
    }

    @Test
    void servicesAreGroupedByCategory() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/services?q=zephyr");

            List<String> headings = page.<HtmlElement> getByXPath("//section[@class='category-group']/h3").stream()
                    .map(HtmlElement::getTextContent).toList();
            assertEquals(List.of("Chat", "E-mail"), headings, "one group per category, in the directory's order");
            List<String> email = page.<HtmlElement> getByXPath(
                    "//section[@class='category-group'][h3='E-mail']//li/h4").stream()
                    .map(heading -> heading.getTextContent().strip()).toList();
            assertEquals(List.of("Zephyrmail bilingue", "Zephyrmail english", "Zephyrmail invite", "Zephyrmail open"),
                    email.stream().sorted().toList());
        }
    }

    @Test
    void theServicesPageSpeaksFrench() {
        given().header("Accept-Language", "fr").get("/services?q=zephyr&category=EMAIL&language=fr&open=true")
                .then().statusCode(200)
                .body(containsString("Trouver un hébergeur pour votre besoin"))
                .body(containsString("2 services"))
                .body(containsString("Courriel"))
                .body(containsString("Proposé par"))
                .body(containsString("Gratuit, dons bienvenus"));
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
