package st.libreho.web.benchmark;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.SQLException;
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
import st.libreho.platform.testing.SqlStatements;

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
        try (Connection connection = dataSource.getConnection()) {
            BenchmarkData.seed(connection, ORGANISATIONS, SERVICES_EACH);
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
        // an address never asked before (the pages ignore the extra parameter), so that what is counted is a
        // rendering and not a page kept for visitors (ADR 0009); the times below are those of kept pages
        String fresh = path + (path.contains("?") ? "&" : "?") + "statements=" + System.nanoTime();
        long statements = SqlStatements.countedDuring(sessionFactory,
                () -> given().get(fresh).then().statusCode(200));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return String.format(Locale.ROOT,
                "%-55s %d SQL statements to render, kept: median %.1f ms, p95 %.1f ms (%d runs)", path,
                statements, times.get(RUNS / 2) / 1e6, times.get(RUNS * 95 / 100) / 1e6, RUNS);
    }
}
