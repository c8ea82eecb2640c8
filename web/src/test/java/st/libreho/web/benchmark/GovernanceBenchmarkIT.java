package st.libreho.web.benchmark;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How many decision-log, news and proposal pages a second the packaged platform serves with 1,000 decisions of 20
 * stances each among 50 member organisations, beside {@code /q/health/live} in the same run. Started, seeded and
 * measured as {@link ThroughputBenchmarkIT} does the directory, by failsafe in the benchmark profile only:
 * {@code ./mvnw -B verify -pl web -am -Pbenchmark -Dit.test=GovernanceBenchmarkIT}. The table goes to
 * {@code web/target/benchmark-governance.txt} and the end of {@code web/target/benchmark.txt}. It asserts no times.
 */
@Tag("benchmark")
class GovernanceBenchmarkIT {

    static final int ORGANISATIONS = 50;
    static final int DECISIONS = 1000;

    private static final List<String> ABOUT = List.of(
            "Addresses: the decision log's first and fifth pages as a page and as JSON (each decision with its text, "
                    + "rules, stances and ledger), its Atom feed, the news and its feed (kept for visitors once "
                    + "rendered); a decision's page and its API document (read afresh on each request: a proposal "
                    + "closes when read past its date); the meetings' list");

    @Test
    void throughputOfGovernance() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        ThroughputReport report = ThroughputReport.begin(settings, ThroughputReport.GOVERNANCE,
                "benchmark-governance.txt", ABOUT);
        try (BenchmarkDatabase database = BenchmarkDatabase.start()) {
            report.add(new DatasetRun(settings, database, new GovernanceDataset(ORGANISATIONS, DECISIONS))
                    .run(ThroughputBenchmarkIT.HEALTH, List.of(
                            Target.page("/decisions"),
                            Target.page("/decisions?page=5"),
                            Target.document("/decisions.json"),
                            Target.document("/decisions.json?page=5"),
                            Target.document("/decisions.atom"),
                            Target.page("/news"),
                            Target.document("/news.atom"),
                            Target.page("/decisions/proposals/" + DECISIONS / 2),
                            Target.document("/api/v1/proposals/" + DECISIONS / 2),
                            Target.page("/meetings"))));
        } finally {
            report.finish();
        }
    }
}
