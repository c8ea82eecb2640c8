package st.libreho.directory.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.directory.Registration;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;

/** The public lists cost a fixed handful of SQL statements, however many organisations and services a page shows. */
@QuarkusTest
class BoundedQueriesTest {

    static final int MAX_STATEMENTS = 4;

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
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aPageOfOrganisationsCostsAFixedNumberOfStatements() {
        long full = statements(() -> given().queryParam("q", marker).queryParam("size", 20)
                .get("/api/v1/members").then().statusCode(200).body("items", hasSize(20)).body("total", equalTo(25))
                .body("items[0].serviceCategories", hasSize(1)));
        long small = statements(() -> given().queryParam("q", marker).queryParam("size", 2)
                .get("/api/v1/members").then().statusCode(200).body("items", hasSize(2)));

        assertTrue(full <= MAX_STATEMENTS, full + " statements for a page of 20");
        assertTrue(full == small, "20 rows cost " + full + " statements, 2 rows cost " + small);
    }

    @Test
    void aPageOfServicesCostsAFixedNumberOfStatements() {
        long full = statements(() -> given().queryParam("q", "Bounded " + marker).queryParam("size", 50)
                .queryParam("category", "EMAIL").queryParam("open", true).queryParam("language", "fr")
                .get("/api/v1/services").then().statusCode(200).body("items", hasSize(50))
                .body("total", equalTo(75)));
        assertTrue(full <= MAX_STATEMENTS, full + " statements for a page of 50 services");
    }

    @Test
    void theWholeExportCostsOneStatementPerTable() {
        long export = statements(() -> given().get("/directory/export.json").then().statusCode(200));
        assertTrue(export <= 5, export + " statements for the whole directory");
    }
}
