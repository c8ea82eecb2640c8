package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.offer;
import static st.libreho.directory.testing.DirectoryFixtures.service;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.platform.testing.Browser;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void members() {
        for (int i = 1; i <= 25; i++) {
            member(directory, String.format("paging-%02d", i), entry(String.format("Paging Host %02d", i), "FR", null,
                    "fr"));
        }
        member(directory, "filter-courriel", entry("Courriel Filtertest", "FR", null, "fr"));
        offer(directory, "filter-courriel",
                service("Mail of Courriel", ServiceCategory.EMAIL, Registration.OPEN, PriceModel.FREE));
        member(directory, "filter-kollektiv", entry("Kollektiv Filtertest", "DE", null, "de"));
        offer(directory, "filter-kollektiv",
                service("Wolke", ServiceCategory.CLOUD_STORAGE, Registration.ON_REQUEST, PriceModel.PAID));
        member(directory, "filter-pads", entry("Pads Filtertest", "BE", null, "en", "nl"));
        offer(directory, "filter-pads",
                service("Pads of Pads", ServiceCategory.PADS, Registration.OPEN, PriceModel.DONATION));
    }

    @Test
    void twentyFiveMembersMakeTwoPagesAndTheLinksKeepTheSearch() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage first = Browser.open(browser, root, "/directory?q=paging+host");

            assertEquals(200, first.getWebResponse().getStatusCode());
            assertTrue(first.asNormalizedText().contains("25 organisations"), first.asNormalizedText());
            assertEquals(20, results(first).size());
            assertEquals("Paging Host 01",
                    ((HtmlAnchor) results(first).get(0).getFirstByXPath(".//h3/a")).getTextContent());
            HtmlAnchor current = first.getFirstByXPath("//nav[@class='pagination']//a[@aria-current='page']");
            assertEquals("Page 1", current.getTextContent().strip());
            HtmlAnchor next = first.getFirstByXPath("//nav[@class='pagination']//a[@rel='next']");
            assertEquals("/directory?q=paging+host&page=2", next.getHrefAttribute());

            HtmlPage second = next.click();

            assertEquals(5, results(second).size());
            HtmlAnchor secondCurrent = second
                    .getFirstByXPath("//nav[@class='pagination']//a[@aria-current='page']");
            assertEquals("Page 2", secondCurrent.getTextContent().strip());
            assertTrue(second.asNormalizedText().contains("Paging Host 25"));
            assertNotNull(second.getFirstByXPath("//nav[@class='pagination']//a[@rel='prev']"));
        }
    }

    @Test
    void aPagePastTheEndSaysSoAndLinksTheLastPage() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage beyond = Browser.open(browser, root, "/directory?q=paging+host&page=7");

            String text = beyond.asNormalizedText();
            assertTrue(text.contains("There is nothing on page 7: the list ends on page 2."), text);
            assertFalse(text.contains("no member yet"), text);
            HtmlAnchor last = beyond.getAnchorByText("Go to the last page");
            assertEquals("/directory?q=paging+host&page=2", last.getHrefAttribute());
        }
    }

    @Test
    void theFiltersOfferTheMembersLanguagesAndCountriesFirstWithTheirCounts() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/directory");

            org.htmlunit.html.HtmlElement members = page
                    .getFirstByXPath("//select[@id='language']/optgroup[@label='Languages of the members']");
            assertNotNull(members, "the members' languages come first, in their own group");
            assertTrue(members.asNormalizedText().matches("(?s).*French \\(\\d+\\).*"), members.asNormalizedText());
            assertNull(page.getFirstByXPath("//select[@id='language']/optgroup[@label='Other languages']"
                    + "/option[@value='fr']"), "a language the members use is listed once");
            assertNull(page.getFirstByXPath("//select[@id='language']//option[@value='iw']"));
            assertNotNull(page.getFirstByXPath(
                    "//select[@id='country']/optgroup[@label='Countries of the members']/option[@value='BE']"));
        }
    }

    @Test
    void eachRowLinksToTheMemberPageWithItsTaglineLanguagesCountryServicesAndBadge() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/directory?q=filtertest");

            HtmlElement courriel = row(page, "Courriel Filtertest");
            assertNotNull(courriel.getFirstByXPath(".//a[@href='/members/filter-courriel']"));
            String text = courriel.asNormalizedText();
            assertTrue(text.contains("Tagline of Courriel Filtertest"), text);
            assertTrue(text.contains("French"), text);
            assertTrue(text.contains("France"), text);
            assertTrue(text.contains("E-mail"), text);
            assertTrue(text.contains("Open registrations"), text);
            assertTrue(!row(page, "Kollektiv Filtertest").asNormalizedText().contains("Open registrations"));
        }
    }

    @Test
    void eachFilterNarrowsTheList() throws Exception {
        assertNames("/directory?q=filtertest", "Courriel Filtertest", "Kollektiv Filtertest", "Pads Filtertest");
        assertNames("/directory?q=filtertest&category=EMAIL", "Courriel Filtertest");
        assertNames("/directory?q=filtertest&language=de", "Kollektiv Filtertest");
        assertNames("/directory?q=filtertest&country=BE", "Pads Filtertest");
        assertNames("/directory?q=filtertest&open=true", "Courriel Filtertest", "Pads Filtertest");
        assertNames("/directory?q=filtertest&price=PAID", "Kollektiv Filtertest");
        assertNames("/directory?q=filtertest&open=true&language=nl", "Pads Filtertest");
    }

    @Test
    void theFilterFormShowsTheChosenFiltersAgain() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/directory?q=filtertest&category=PADS&open=true&country=BE");

            assertEquals("filtertest", page.getHtmlElementById("q").getAttribute("value"));
            assertEquals("PADS", ((org.htmlunit.html.HtmlSelect) page.getHtmlElementById("category"))
                    .getSelectedOptions().get(0).getValueAttribute());
            assertEquals("BE", ((org.htmlunit.html.HtmlSelect) page.getHtmlElementById("country"))
                    .getSelectedOptions().get(0).getValueAttribute());
            assertTrue(((org.htmlunit.html.HtmlCheckBoxInput) page.getHtmlElementById("open")).isChecked());
            assertNotNull(page.getFirstByXPath("//label[@for='language']"), "every filter has a label");
        }
    }

    @Test
    void aSearchWithoutResultsSaysSoAndOffersToClearTheFilters() {
        given().get("/directory?q=nothing-is-called-like-this")
                .then().statusCode(200)
                .body(containsString("No organisation found"))
                .body(containsString("No member matches these filters"))
                .body(containsString("href=\"/directory\">Clear the filters</a>"));
    }

    @Test
    void theDirectorySpeaksFrench() {
        given().header("Accept-Language", "fr").get("/directory?q=filtertest")
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Annuaire des membres"))
                .body(containsString("3 organisations"))
                .body(containsString("Inscriptions ouvertes"))
                .body(containsString("Courriel"))
                .body(containsString("Allemagne"))
                .body(containsString("Tous les services"))
                .body(not(containsString("Any service")));
    }

    @Test
    void theMachineReadableFormatsAreLinked() {
        given().get("/directory")
                .then().body(containsString("href=\"/directory.json\""))
                .body(containsString("href=\"/directory/export.json\""))
                .body(containsString("href=\"/directory/export.csv\""));
    }

    @Test
    void anUnknownFilterValueIsIgnoredRatherThanRefused() {
        given().get("/directory?q=filtertest&category=TELEPORTATION&page=abc")
                .then().statusCode(200).body(containsString("3 organisations"));
    }

    private void assertNames(String path, String... expected) throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, path);
            List<String> names = results(page).stream()
                    .map(row -> ((HtmlAnchor) row.getFirstByXPath(".//h3/a")).getTextContent()).toList();
            assertEquals(List.of(expected), names, path);
        }
    }

    private static List<HtmlElement> results(HtmlPage page) {
        return page.getByXPath("//ul[@class='results']/li");
    }

    private static HtmlElement row(HtmlPage page, String name) {
        return page.getFirstByXPath("//ul[@class='results']/li[.//h3/a[text()='" + name + "']]");
    }
}
