package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.member;

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
import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.Directory;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.StatementState;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberPageTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @BeforeAll
    void members() {
        Actor platform = Actor.platform();
        member(directory, "page-tilleul", new OrganisationDetails("Tilleul Numérique", "Des services libres à Lyon",
                "Une association qui héberge des services libres.\nDepuis 2016.", LegalStructure.NON_PROFIT, 2016,
                "FR", "Auvergne-Rhône-Alpes", List.of("fr", "en"), "https://tilleul.example/logo.png",
                "https://tilleul.example", "https://tilleul.example/services", "https://tilleul.example/cgu",
                "https://tilleul.example/comptes", "https://tilleul.example/vie-privee",
                "https://tilleul.example/modele", "contact@tilleul.example", "https://tilleul.example/contact"));
        directory.addDelegate("page-tilleul", "delegate@example.com", platform);
        directory.addService("page-tilleul", new ServiceDetails("Tilleul Mail", ServiceCategory.EMAIL,
                "https://mail.tilleul.example", "Roundcube", "GPL-3.0-or-later",
                "https://github.com/roundcube/roundcubemail", Registration.ON_REQUEST, PriceModel.SLIDING_SCALE, true,
                false, true, List.of("fr"), "tilleul/mail"), platform);
        directory.putContact("page-tilleul", ContactKind.ABUSE, "abuse@tilleul.example", null, platform);
        directory.putStatement("page-tilleul", Commitment.FREE_SOFTWARE, StatementState.MEETS,
                "https://tilleul.example/logiciels", "Tout est libre.", platform);
        directory.putStatement("page-tilleul", Commitment.END_TO_END_ENCRYPTION, StatementState.WORKING_ON_IT, null,
                null, platform);
        member(directory, "page-plain-logo", new OrganisationDetails("Plain Logo", null, null, null, null, null, null,
                List.of(), "http://plain.example/logo.png", null, null, null, null, null, null, null, null));
        directory.changeStatus("page-plain-logo", OrganisationStatus.LEAVING, platform);
    }

    @Test
    void theMemberPageShowsTheEntry() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/members/page-tilleul");
            String text = page.asNormalizedText();

            assertEquals("Tilleul Numérique", page.<HtmlElement> getFirstByXPath("//h1").getTextContent());
            for (String shown : List.of("Member", "Des services libres à Lyon", "Depuis 2016.", "Non-profit", "2016",
                    "Auvergne-Rhône-Alpes, France", "French, English")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            // the logo is never loaded from the member's site (it would learn who visits); the platform serves a copy
            // once it has fetched one (MemberLogoTest), and this address is not reachable from the tests
            assertNull(page.getFirstByXPath("//img[@src='https://tilleul.example/logo.png']"));
            for (String link : List.of("https://tilleul.example", "https://tilleul.example/services",
                    "https://tilleul.example/cgu", "https://tilleul.example/comptes",
                    "https://tilleul.example/vie-privee", "https://tilleul.example/modele",
                    "mailto:contact@tilleul.example", "mailto:abuse@tilleul.example",
                    "/members/page-tilleul/librehost.json", "/members/page-tilleul/history")) {
                assertNotNull(page.getFirstByXPath("//a[@href='" + link + "']"), link);
            }
            assertTrue(text.contains("Abuse contact"), text);
        }
    }

    @Test
    void theMemberPageShowsEveryFieldOfItsServices() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/members/page-tilleul");
            HtmlElement service = page.getFirstByXPath("//article[@class='service']");
            String text = service.asNormalizedText();

            for (String shown : List.of("Tilleul Mail", "E-mail", "Registration on request", "Sliding scale",
                    "Roundcube", "GPL-3.0-or-later", "Encrypted in transit", "Data export", "French",
                    "tilleul/mail")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertNotNull(service.getFirstByXPath(".//a[@href='https://mail.tilleul.example']"));
            assertNotNull(service.getFirstByXPath(".//a[@href='https://github.com/roundcube/roundcubemail']"));
        }
    }

    @Test
    void everyCommitmentIsListedBySectionWithTheStatementOrItsAbsence() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/members/page-tilleul");

            List<HtmlElement> statements = page.getByXPath("//li[@class='statement']");
            assertEquals(Commitment.values().length, statements.size());
            HtmlElement freeSoftware = statement(page, "Servers and services run on free software");
            assertTrue(freeSoftware.asNormalizedText().contains("Meets it"));
            assertTrue(freeSoftware.asNormalizedText().contains("Tout est libre."));
            assertNotNull(freeSoftware.getFirstByXPath(".//a[@href='https://tilleul.example/logiciels']"));
            assertTrue(statement(page, "Provide end-to-end encryption when possible").asNormalizedText()
                    .contains("Working on it"));
            assertTrue(statement(page, "Do not exploit personal data").asNormalizedText()
                    .contains("No statement yet"));
            List<String> sections = page.<HtmlElement> getByXPath("//section[h2='Commitments']/h3").stream()
                    .map(HtmlElement::getTextContent).toList();
            assertEquals(List.of("Solidarity and cooperation", "Free software and the commons",
                    "Transparency and fairness", "Privacy and data portability", "Structures of the members"),
                    sections);
        }
    }

    @Test
    void anonymousVisitorsSeeNoEditLinks() {
        given().get("/members/page-tilleul").then().statusCode(200)
                .body(not(containsString("/members/page-tilleul/edit")))
                .body(not(containsString("/members/page-tilleul/export")))
                .body(not(containsString("/services/new")));
    }

    @Test
    void itsDelegateSeesTheEditLinks() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            HtmlPage page = Browser.open(browser, root, "/members/page-tilleul");

            for (String link : List.of("/members/page-tilleul/edit", "/members/page-tilleul/services/new",
                    "/members/page-tilleul/contacts", "/members/page-tilleul/statements",
                    "/members/page-tilleul/delegation", "/members/page-tilleul/import",
                    "/members/page-tilleul/export")) {
                assertNotNull(page.getFirstByXPath("//nav[@class='manage']//a[@href='" + link + "']"), link);
            }
            assertNotNull(page.getFirstByXPath("//a[starts-with(@href, '/members/page-tilleul/services/')"
                    + " and contains(@href, '/edit')]"));
        }
    }

    @Test
    void aPersonOutsideTheDelegationSeesNoEditLinks() throws Exception {
        try (WebClient browser = Browser.signedIn(root, "person")) {
            HtmlPage page = Browser.open(browser, root, "/members/page-tilleul");
            assertNull(page.getFirstByXPath("//nav[@class='manage']"));
        }
    }

    @Test
    void aLogoIsShownOnlyFromAnHttpsAddressAndTheStatusIsShown() throws Exception {
        try (WebClient browser = Browser.anonymous()) {
            HtmlPage page = Browser.open(browser, root, "/members/page-plain-logo");
            assertNull(page.getFirstByXPath("//img"));
            assertTrue(page.asNormalizedText().contains("Leaving the network"));
        }
    }

    @Test
    void anUnknownOrganisationIsTheNotFoundPage() {
        given().get("/members/no-such-member").then().statusCode(404).body(containsString("Page not found"));
        given().get("/members/no-such-member/history").then().statusCode(404);
    }

    @Test
    void theMemberPageSpeaksFrench() {
        given().header("Accept-Language", "fr").get("/members/page-tilleul").then().statusCode(200)
                .body(containsString("Association à but non lucratif"))
                .body(containsString("Engagements"))
                .body(containsString("Les serveurs et les services fonctionnent avec des logiciels libres"))
                .body(containsString("Respecté"))
                .body(containsString("Pas encore de déclaration"))
                .body(containsString("Inscription sur demande"));
    }

    private static HtmlElement statement(HtmlPage page, String title) {
        return page.getFirstByXPath("//li[@class='statement'][span[@class='commitment-title']='" + title + "']");
    }
}
