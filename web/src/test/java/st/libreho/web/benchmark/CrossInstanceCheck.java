package st.libreho.web.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

import org.jboss.logging.Logger;

/**
 * Whether a change made through one instance reaches another instance's page cache, and how soon: a second platform
 * on the same database renders a member's page (so caches it), the organisation is renamed and the cache's version
 * bumped in one transaction, as the first instance would, and the second's page is read every 10 ms until it shows
 * the new name. Only where the page cache's version table exists; without it there is nothing to check.
 */
final class CrossInstanceCheck {

    private static final Logger LOG = Logger.getLogger(CrossInstanceCheck.class);
    private static final String SLUG = "bench-1";
    private static final Target PAGE = Target.page("/members/" + SLUG);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final BenchmarkSettings settings;
    private final BenchmarkDatabase database;
    private final String databaseName;

    CrossInstanceCheck(BenchmarkSettings settings, BenchmarkDatabase database, String databaseName) {
        this.settings = settings;
        this.database = database;
        this.databaseName = databaseName;
    }

    /** The outcome as a line of the report. */
    String run() throws IOException, InterruptedException, SQLException {
        try (Connection connection = database.connect(databaseName)) {
            if (!BenchmarkData.hasPublicContent(connection)) {
                return "Cross-instance check skipped: the database has no " + BenchmarkData.PUBLIC_CONTENT
                        + " (this platform has no page cache to keep in step).";
            }
        }
        String databaseLabel = databaseName.replace("bench_", "");
        try (PlatformProcess second = PlatformProcess.start(settings, database.jdbcUrl(databaseName),
                settings.outputDirectory().resolve("benchmark-platform-" + databaseLabel + "-second.log"))) {
            HttpResponse<String> before = second.get(PAGE.path(), PAGE.headers());
            if (before.statusCode() != 200) {
                return "Cross-instance check failed: the second instance answered " + before.statusCode() + " for "
                        + PAGE.path() + " before the change.";
            }
            // letters and digits only, so that the page shows the name exactly as written (no HTML escaping)
            String name = "Renamed bench hoster " + System.currentTimeMillis();
            try (Connection connection = database.connect(databaseName)) {
                BenchmarkData.rename(connection, SLUG, name);
            }
            long committed = System.nanoTime();
            int polls = 0;
            while (System.nanoTime() - committed < GIVE_UP.toNanos()) {
                polls++;
                HttpResponse<String> page = second.get(PAGE.path(), PAGE.headers());
                if (page.statusCode() == 200 && page.body().contains(name)) {
                    String outcome = String.format(Locale.ROOT,
                            "Cross-instance check: a second instance showed the new name %d ms after the commit "
                                    + "(request %d, one every %d ms).",
                            Duration.ofNanos(System.nanoTime() - committed).toMillis(), polls,
                            POLL_INTERVAL.toMillis());
                    LOG.info(outcome);
                    return outcome;
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
            return String.format(Locale.ROOT, "Cross-instance check FAILED: the second instance still showed the old "
                    + "name %d s after the commit (%d requests).", GIVE_UP.toSeconds(), polls);
        }
    }
}
