package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.Registration;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.SqlStatements;

/** The public lists cost a fixed handful of SQL statements, however many organisations and services a page shows. */
@QuarkusTest
class BoundedQueriesTest {

    static final int MAX_STATEMENTS = 4;
    /** The entry, its services, contacts, statements, logo and delegation, then its observations and their state. */
    static final int MEMBER_PAGE_STATEMENTS = 8;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Inject
    SessionFactory sessionFactory;

    String marker;

    @BeforeEach
    void twentyFiveOrganisationsWithThreeServicesEach() {
        marker = DirectoryFixtures.uniqueSlug("bounded");
        for (int i = 0; i < 25; i++) {
            String slug = marker + "-" + i;
            directory.createFoundingMember(slug, DirectoryFixtures.details("Bounded " + marker + " " + i,
                    "b" + i + "@example.org"), Actor.platform());
            for (int s = 0; s < 3; s++) {
                directory.addService(slug, DirectoryFixtures.email(Registration.OPEN, List.of("fr")),
                        Actor.platform());
            }
        }
    }

    private long statements(Runnable request) {
        return SqlStatements.countedDuring(sessionFactory, request);
    }

    @Test
    void aPageOfOrganisationsCostsAFixedNumberOfStatements() {
        long full = statements(() -> given().queryParam("q", marker).queryParam("size", 20)
                .get("/api/v1/members").then().statusCode(200).body("items", hasSize(20)).body("total", equalTo(25))
                .body("items[0].serviceCategories", hasSize(1)));
        long small = statements(() -> given().queryParam("q", marker).queryParam("size", 2)
                .get("/api/v1/members").then().statusCode(200).body("items", hasSize(2)));

        assertTrue(full > 0, "the page was rendered, not served from the visitors' cache");
        assertTrue(full <= MAX_STATEMENTS, full + " statements for a page of 20");
        assertTrue(full == small, "20 rows cost " + full + " statements, 2 rows cost " + small);
    }

    @Test
    void aPageOfServicesCostsAFixedNumberOfStatements() {
        long full = statements(() -> given().queryParam("q", "Bounded " + marker).queryParam("size", 50)
                .queryParam("category", "EMAIL").queryParam("open", true).queryParam("language", "fr")
                .get("/api/v1/services").then().statusCode(200).body("items", hasSize(50))
                .body("total", equalTo(75)));
        assertTrue(full > 0 && full <= MAX_STATEMENTS, full + " statements for a page of 50 services");
    }

    @Test
    void theWholeExportCostsOneStatementPerTable() {
        long export = statements(() -> given().get("/directory/export.json").then().statusCode(200));
        assertTrue(export > 0 && export <= 5, export + " statements for the whole directory");
    }

    @Test
    void aSignedInPersonsMemberPageCostsAFewStatementsAndNoRoleLookUp() throws Exception {
        String slug = marker + "-0";
        directory.addDelegate(slug, "delegate@example.com", Actor.platform());
        try (WebClient browser = Browser.signedIn(root, "delegate")) {
            Browser.open(browser, root, "/members/" + slug);
            long again = statements(() -> open(browser, "/members/" + slug));
            // the entry with its services, contacts and statements, the logo, and whether this person may manage it;
            // the person's roles are known from the first request until the directory changes
            assertTrue(again > 0 && again <= MEMBER_PAGE_STATEMENTS, again + " statements for a signed-in member page");
        }
    }

    private void open(WebClient browser, String path) {
        try {
            assertTrue(Browser.open(browser, root, path).asXml().contains("class=\"manage\""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
