package st.libreho.web.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throughput reports share benchmark.txt: each run replaces its own table there, and only its own. */
class ThroughputReportTest {

    @TempDir
    Path output;

    @Test
    void eachReportReplacesItsOwnTableInBenchmarkTxtAndKeepsTheOthers() throws Exception {
        Path benchmark = output.resolve("benchmark.txt");
        Files.write(benchmark, List.of("Dataset: 500 organisations, 5000 services", "/directory ... median"));
        run(ThroughputReport.DIRECTORY, "benchmark-throughput.txt", "50 organisations");
        run(ThroughputReport.KNOWLEDGE_BASE, "benchmark-kb.txt", "1000 pages");
        run(ThroughputReport.DIRECTORY, "benchmark-throughput.txt", "500 organisations");
        run(ThroughputReport.KNOWLEDGE_BASE, "benchmark-kb.txt", "10000 pages");

        String all = Files.readString(benchmark, StandardCharsets.UTF_8);
        assertTrue(all.startsWith("Dataset: 500 organisations, 5000 services\n/directory ... median\n\n"), all);
        assertEquals(1, count(all, ThroughputReport.DIRECTORY), all);
        assertEquals(1, count(all, ThroughputReport.KNOWLEDGE_BASE), all);
        assertTrue(all.contains("Dataset: 500 organisations (") && all.contains("Dataset: 10000 pages ("), all);
        assertTrue(!all.contains("Dataset: 50 organisations (") && !all.contains("Dataset: 1000 pages ("), all);
        assertTrue(Files.readString(output.resolve("benchmark-kb.txt")).contains("Dataset: 10000 pages ("));
    }

    @Test
    void theGrowthDividesTheLargerDatasetsFiguresByTheSmallers() {
        DatasetResult small = result("1000 pages", 1000, 2000, 4);
        DatasetResult large = result("10000 pages", 1000, 1000, 8);
        List<String> growth = ThroughputReport.growth(small, large);
        assertTrue(growth.get(1).startsWith("Growth from 1000 pages to 10000 pages"), growth.get(1));
        String page = growth.stream().filter(line -> line.startsWith("/kb/page ")).findFirst().orElseThrow();
        // half the req/s, twice the latency, health unchanged: half the ratio
        assertEquals(List.of("/kb/page", "0.50", "2.00", "2.00", "0.50"), List.of(page.split(" +")));
    }

    private void run(String title, String file, String dataset) throws Exception {
        ThroughputReport report = ThroughputReport.begin(settings(), title, file, List.of("about"));
        report.add(result(dataset, 1000, 500, 2));
        report.finish();
    }

    private static DatasetResult result(String label, double healthPerSecond, double pagePerSecond, long millis) {
        return new DatasetResult(label, label, Duration.ofSeconds(3), Duration.ofSeconds(1),
                measurement("/q/health/live", healthPerSecond, 1),
                List.of(measurement("/kb/page", pagePerSecond, millis)), new ProcessMemory(200_000, 250_000), 244,
                0, List.of());
    }

    private static Measurement measurement(String label, double perSecond, long millis) {
        Histogram latencies = new Histogram(3);
        latencies.recordValueWithCount(millis * 1000, 100);
        return new Measurement(label, Math.round(perSecond * 10), 0, 10, latencies, 1000, Map.of());
    }

    private BenchmarkSettings settings() {
        return new BenchmarkSettings(List.of(50), List.of(1000), 10, 64, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 500, output, output);
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }
}
