package st.libreho.governance.internal.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.care.CareFixtures.MEMBER;
import static st.libreho.governance.internal.care.CareFixtures.OPERATOR;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.security.ForbiddenException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.governance.CareTeamMemberView;
import st.libreho.governance.CareTeamNamedException;
import st.libreho.governance.Governance;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.testing.Browser;

/**
 * The first care team, named by an operator while none is: once, through the care page; a second time is refused, as
 * is anyone but an operator. Each test starts with no care team and puts back the one it found.
 */
@QuarkusTest
class CareTeamBootstrapTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Governance governance;

    @Inject
    CareFixtures fixtures;

    private List<CareFixtures.Saved> team;

    @BeforeEach
    void noCareTeam() {
        team = fixtures.nameTeam(List.of());
    }

    @AfterEach
    void theCareTeamAsItWas() {
        fixtures.restore(team);
    }

    @Test
    void anOperatorNamesTheFirstCareTeamOnceThroughTheCarePage() throws Exception {
        try (WebClient operator = Browser.signedIn(root, "operator")) {
            HtmlPage care = Browser.open(operator, root, "/care");
            assertTrue(care.asNormalizedText().contains("No care team is named yet."), care.asNormalizedText());
            HtmlForm form = care.getFirstByXPath("//form[@method='post' and @action='/care/team']");
            assertNotNull(form, "an operator may name the first team: " + care.asNormalizedText());
            form.getTextAreaByName("emails").setText("Carla@Example.org\ncarl@example.org\n");
            HtmlButton button = form.getFirstByXPath(".//button");

            HtmlPage named = button.click();

            assertEquals("/care", named.getUrl().getPath());
            String page = named.asNormalizedText();
            assertTrue(page.contains("The care team is named."), page);
            assertTrue(page.contains("carla@example.org") && page.contains("carl@example.org"), page);
            assertTrue(page.contains("named when the platform started"), page);
            assertNull(named.getFirstByXPath("//form[@action='/care/team']"), "no second naming is offered");
        }
        assertEquals(List.of("carl@example.org", "carla@example.org"),
                governance.careTeam(MEMBER).stream().map(CareTeamMemberView::email).toList());

        assertThrows(CareTeamNamedException.class,
                () -> governance.bootstrapCareTeam(List.of("someone@example.org"), OPERATOR),
                "once a team is named, only an adopted care-team proposal changes it");
        assertEquals(2, governance.careTeamSize(), "the team stays as named");
    }

    @Test
    void onlyAnOperatorNamesTheFirstCareTeamAndOnlyWithAddresses() throws Exception {
        assertThrows(ForbiddenException.class,
                () -> governance.bootstrapCareTeam(List.of("member@example.com"), MEMBER));
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> governance.bootstrapCareTeam(List.of("not an address"), OPERATOR));
        assertEquals("emails", invalid.problems().get(0).field());
        assertEquals(0, governance.careTeamSize(), "nothing was named");

        try (WebClient member = Browser.signedIn(root, "member")) {
            HtmlPage care = Browser.open(member, root, "/care");
            assertNull(care.getFirstByXPath("//form[@action='/care/team']"), "no naming form for a member");
            assertTrue(care.asNormalizedText().contains("No care team is named yet."));
        }
        try (WebClient operator = Browser.signedIn(root, "operator")) {
            HtmlPage care = Browser.open(operator, root, "/care");
            HtmlForm form = care.getFirstByXPath("//form[@method='post' and @action='/care/team']");
            form.getTextAreaByName("emails").setText("carla@example.org\nwrong");
            HtmlPage refused = form.<HtmlButton> getFirstByXPath(".//button").click();
            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("emails-error").getTextContent()
                    .contains("line 2 is not an e-mail address"), refused.asNormalizedText());
            assertEquals("carla@example.org\nwrong",
                    refused.<HtmlForm> getFirstByXPath("//form[@action='/care/team']").getTextAreaByName("emails")
                            .getText(), "what was typed stays");
        }
        assertEquals(0, governance.careTeamSize());
    }
}
