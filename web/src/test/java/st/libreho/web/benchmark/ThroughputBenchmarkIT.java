package st.libreho.web.benchmark;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How many requests a second the packaged platform serves, per public address, with 50, 500 and 5,000 member
 * organisations (10 services each): the jar started as in production ({@code deploy/jvm.options}, production
 * profile) on an embedded PostgreSQL, loaded by 64 requests in flight. Run by failsafe after {@code package}, in the
 * benchmark profile only: {@code ./mvnw -B verify -pl web -am -Pbenchmark}. The table goes to
 * {@code web/target/benchmark-throughput.txt} and the end of {@code web/target/benchmark.txt}. It asserts no times,
 * only that every address answers 200 before the load; what fails under load (errors, a platform that runs out of
 * memory) is reported in the table, since these are the figures to improve. See docs/developer-guide.md.
 */
@Tag("benchmark")
class ThroughputBenchmarkIT {

    /** The yardstick: the cheapest answer the platform gives, measured between the pages in the same run. */
    static final Target HEALTH = Target.document("/q/health/live");

    /** The public addresses an anonymous visitor, a crawler or another directory asks for. */
    private static final List<Target> PAGES = List.of(
            Target.page("/"),
            Target.page("/directory"),
            Target.page("/directory", "fr"),
            Target.page("/directory?page=2"),
            Target.page("/directory?language=fr&country=FR&category=EMAIL&open=true"),
            Target.page("/services"),
            Target.page("/services?category=EMAIL"),
            Target.page("/members/bench-1"),
            Target.document("/members/bench-1/librehost.json"),
            Target.document("/directory.json"),
            Target.document("/directory/export.json"),
            Target.document("/directory/export.csv"),
            Target.document("/api/v1/members?size=20"),
            Target.page("/directory/observations"),
            Target.page("/directory/observations?page=5"),
            Target.document("/api/v1/observations"),
            Target.page("/members/bench-1/observations"),
            Target.document("/api/v1/members/bench-1/observations"),
            Target.document("/.well-known/nodeinfo"),
            Target.document("/nodeinfo/2.1"),
            Target.document("/.well-known/librehost.json"));

    @Test
    void throughputOfThePackagedPlatform() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        ThroughputReport report = ThroughputReport.begin(settings, ThroughputReport.DIRECTORY,
                "benchmark-throughput.txt", List.of());
        try (BenchmarkDatabase database = BenchmarkDatabase.start()) {
            for (int organisations : settings.sizes()) {
                Dataset directory = new DirectoryDataset(organisations, settings.servicesEach(),
                        organisations == settings.crossInstanceSize());
                report.add(new DatasetRun(settings, database, directory).run(HEALTH, PAGES));
            }
        } finally {
            report.finish();
        }
    }
}
