package st.libreho.web.benchmark;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How the public lists hold up at the network's scale: 500 organisations and 5,000 services. Not part of the
 * default test run (it asserts no times); run it with {@code ./mvnw -B verify -pl web -am -Pbenchmark} and read
 * the figures in the log (and target/benchmark.txt).
 */
@QuarkusTest
@Tag("benchmark")
class DirectoryBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(DirectoryBenchmarkTest.class);
    private static final int ORGANISATIONS = 500;
    private static final int SERVICES_EACH = 10;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    static boolean seeded;

    @BeforeAll
    static void announce() {
        LOG.infof("Seeding %d organisations with %d services each", ORGANISATIONS, SERVICES_EACH);
    }

    void seed() throws SQLException {
        if (seeded) {
            return;
        }
        String[] categories = { "EMAIL", "CLOUD_STORAGE", "CHAT", "VIDEO_CONFERENCING", "SOCIAL_NETWORK", "PADS",
                "FORMS", "CALENDAR", "OFFICE", "POLLS" };
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO directory.organisation (slug, name, tagline, description, legal_structure, "
                    + "founding_year, country, languages, home_url, contact_email, status, created_at, updated_at) "
                    + "SELECT 'bench-' || i, 'Bench hoster ' || i, 'Hosting number ' || i, "
                    + "'A benchmark organisation offering free software services to everyone.', 'NON_PROFIT', "
                    + "2000 + i % 25, (ARRAY['FR','DE','BE','CH','NL'])[1 + i % 5], "
                    + "(CASE i % 5 WHEN 0 THEN ARRAY['fr','en'] WHEN 1 THEN ARRAY['de','en'] WHEN 2 THEN "
                    + "ARRAY['nl','fr'] WHEN 3 THEN ARRAY['en','el'] ELSE ARRAY['es','fr'] END)::varchar(8)[], "
                    + "'https://bench' || i || '.example.org', 'contact@bench' || i || '.example.org', "
                    + "'MEMBER', now(), now() FROM generate_series(1, " + ORGANISATIONS + ") AS i");
            StringBuilder categoryArray = new StringBuilder("ARRAY[");
            for (int c = 0; c < categories.length; c++) {
                categoryArray.append(c == 0 ? "" : ",").append('\'').append(categories[c]).append('\'');
            }
            categoryArray.append(']');
            sql.execute("INSERT INTO directory.service (organisation_id, name, category, url, software_name, "
                    + "software_licence, registration, price_model, encryption_in_transit, end_to_end_encryption, "
                    + "data_export, languages) "
                    + "SELECT o.id, 'Service ' || s, (" + categoryArray + ")[s], o.home_url, 'Software ' || s, "
                    + "'AGPL-3.0-or-later', (ARRAY['OPEN','ON_REQUEST','MEMBERS_ONLY','CLOSED'])[1 + (o.id + s) % 4], "
                    + "(ARRAY['FREE','DONATION','PAID','SLIDING_SCALE'])[1 + s % 4], true, s % 3 = 0, true, o.languages "
                    + "FROM directory.organisation o CROSS JOIN generate_series(1, " + SERVICES_EACH + ") AS s "
                    + "WHERE o.slug LIKE 'bench-%'");
            // as the platform's own writes do: pages kept before the seeding are forgotten (ADR 0009)
            sql.execute("UPDATE platform.public_content SET version = version + 1 WHERE id = 1");
            sql.execute("ANALYZE directory.organisation");
            sql.execute("ANALYZE directory.service");
        }
        seeded = true;
    }

    @Test
    void publicListsAtNetworkScale() throws SQLException {
        seed();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Dataset: %d organisations, %d services", ORGANISATIONS,
                ORGANISATIONS * SERVICES_EACH));
        report.add(measure("/directory"));
        report.add(measure("/directory?language=fr&open=true&category=EMAIL"));
        report.add(measure("/services"));
        report.add(measure("/services?category=EMAIL&language=fr&open=true"));
        report.add(measure("/api/v1/members"));
        report.add(measure("/api/v1/services?category=EMAIL&language=fr&open=true"));
        report.add(measure("/directory/export.json"));
        report.forEach(LOG::info);
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "benchmark.txt"), report);
        } catch (java.io.IOException e) {
            LOG.warn("Could not write target/benchmark.txt", e);
        }
    }

    private String measure(String path) {
        for (int i = 0; i < WARM_UP; i++) {
            given().get(path).then().statusCode(200);
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        long statements = statistics.getPrepareStatementCount();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return String.format(Locale.ROOT, "%-55s %d SQL statements, median %.1f ms, p95 %.1f ms (%d runs)", path,
                statements, times.get(RUNS / 2) / 1e6, times.get(RUNS * 95 / 100) / 1e6, RUNS);
    }
}
