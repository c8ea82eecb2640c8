package st.libreho.directory.internal.web;

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
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.Browser;

/** "Find a host for my need": the services of every member (the home page's search that leads here is in web). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void members() {
        zephyrHosts(directory);
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

    private static List<String> names(HtmlPage page) {
        return page.<HtmlElement> getByXPath("//ul[@class='results']/li/h4").stream()
                .map(heading -> heading.getTextContent().strip()).toList();
    }
}
