package st.libreho.web.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * A throughput run's table, one block per dataset, in a file of its own ({@code web/target/benchmark-throughput.txt},
 * {@code benchmark-kb.txt}) as soon as each block is measured (a run that fails half-way keeps what it had), then, with
 * the growth from the first dataset to the last, at the end of {@code web/target/benchmark.txt}: after the directory
 * benchmark's lines, which surefire writes before, and after the other throughput run's table, if any.
 */
final class ThroughputReport {

    private static final Logger LOG = Logger.getLogger(ThroughputReport.class);
    /** How every throughput report's first line begins: in benchmark.txt, a report ends where the next one begins. */
    private static final String TITLE_START = "Throughput of the packaged platform";
    /** The directory's report, with the title of the tables written before there was any other. */
    static final String DIRECTORY = TITLE_START + " (production profile, deploy/jvm.options)";
    static final String KNOWLEDGE_BASE = TITLE_START + ", knowledge base (production profile, deploy/jvm.options)";
    static final String GOVERNANCE = TITLE_START + ", governance (production profile, deploy/jvm.options)";
    private static final String ROW = "%-60s %9s %8s %8s %8s %7s %9s";
    private static final String GROWTH_ROW = "%-60s %9s %8s %8s %8s";

    private final String title;
    private final Path reportFile;
    private final Path benchmarkFile;
    private final List<String> lines = new ArrayList<>();
    private final List<DatasetResult> results = new ArrayList<>();

    private ThroughputReport(BenchmarkSettings settings, String title, String fileName) {
        if (!title.startsWith(TITLE_START)) {
            throw new IllegalArgumentException("A throughput report's title begins with " + TITLE_START);
        }
        this.title = title;
        this.reportFile = settings.outputDirectory().resolve(fileName);
        this.benchmarkFile = settings.outputDirectory().resolve("benchmark.txt");
    }

    /**
     * Starts the report with what was measured and how.
     *
     * @param title {@link #DIRECTORY} or {@link #KNOWLEDGE_BASE}: a later run replaces the report with the same title
     * @param fileName the report's own file in the output directory
     * @param about lines on what this run's addresses are, after those on how every address is measured
     */
    static ThroughputReport begin(BenchmarkSettings settings, String title, String fileName, List<String> about)
            throws IOException {
        ThroughputReport report = new ThroughputReport(settings, title, fileName);
        Files.deleteIfExists(report.reportFile);
        List<String> header = new ArrayList<>(List.of(title,
                "Run " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                "Machine: " + Machine.describe(),
                String.format(Locale.ROOT, "Load: %d requests in flight (closed loop, kept-alive connections, no "
                        + "pipelining, Accept-Encoding: identity), load generator on the same machine",
                        settings.connections()),
                String.format(Locale.ROOT, "Each address: %s s of warm-up, then %s s measured; /q/health/live "
                        + "measured %s s before each, its row adds those slices up", seconds(settings.warmUp()),
                        seconds(settings.measure()), seconds(settings.healthSlice())),
                "ratio: the address's req/s divided by /q/health/live's in the same run; p50 and p99: time to the "
                        + "last byte of 200 answers"));
        header.addAll(about);
        report.write(header);
        return report;
    }

    void add(DatasetResult result) throws IOException {
        results.add(result);
        List<String> block = new ArrayList<>();
        block.add("");
        block.add(String.format(Locale.ROOT, "Dataset: %s (platform ready in %.1f s, seeded in %.1f s)",
                result.description(), result.startUp().toMillis() / 1000.0, result.seeding().toMillis() / 1000.0));
        block.add(String.format(Locale.ROOT, ROW, "path", "req/s", "p50 ms", "p99 ms", "ratio", "errors",
                "body KB"));
        block.add(row(result.health(), result.health()));
        result.pages().forEach(page -> block.add(row(page, result.health())));
        if (result.platformExits() == 0) {
            block.add(String.format(Locale.ROOT, "Resident memory of the platform: VmRSS %d MB at the end, VmHWM "
                    + "(peak) %d MB", result.memory().residentMb(), result.memory().peakMb()));
        } else {
            block.add(String.format(Locale.ROOT, "Resident memory of the last of %d platform processes: VmRSS %d MB "
                    + "at the end, VmHWM (peak) %d MB; the highest peak read after a page, across them: %d MB",
                    result.platformExits() + 1, result.memory().residentMb(), result.memory().peakMb(),
                    result.highestPeakMb()));
        }
        errorNotes(result.health()).forEach(block::add);
        result.pages().forEach(page -> errorNotes(page).forEach(block::add));
        result.notes().forEach(block::add);
        write(block);
    }

    /**
     * Adds how the figures grew from the first dataset to the last, then puts the whole report at the end of
     * benchmark.txt, in place of an earlier run's.
     */
    void finish() throws IOException {
        if (results.size() > 1) {
            write(growth(results.get(0), results.get(results.size() - 1)));
        }
        List<String> combined = new ArrayList<>();
        if (Files.exists(benchmarkFile)) {
            boolean earlierRun = false;
            for (String line : Files.readAllLines(benchmarkFile, StandardCharsets.UTF_8)) {
                if (line.startsWith(TITLE_START)) {
                    earlierRun = line.equals(title);
                }
                if (!earlierRun) {
                    combined.add(line);
                }
            }
            while (!combined.isEmpty() && combined.get(combined.size() - 1).isBlank()) {
                combined.remove(combined.size() - 1);
            }
            if (!combined.isEmpty()) {
                combined.add("");
            }
        }
        combined.addAll(lines);
        Files.write(benchmarkFile, combined, StandardCharsets.UTF_8);
        LOG.infof("The throughput table is in %s and at the end of %s", reportFile, benchmarkFile);
    }

    /**
     * Each address's figures with the larger dataset divided by the same with the smaller, so that the cost's growth
     * shows: 1.00 is none, and a ratio of 0.50 for req/s (or 2.00 for p99) means the address is twice as costly.
     */
    static List<String> growth(DatasetResult smaller, DatasetResult larger) {
        List<String> block = new ArrayList<>();
        block.add("");
        block.add(String.format(Locale.ROOT, "Growth from %s to %s: each figure with %s divided by the same with %s "
                + "(1.00: no change; below 1 for req/s and ratio, above 1 for p50 and p99, is slower)",
                smaller.label(), larger.label(), larger.label(), smaller.label()));
        block.add(String.format(Locale.ROOT, GROWTH_ROW, "path", "req/s", "p50", "p99", "ratio"));
        Map<String, Measurement> before = measurements(smaller);
        for (Measurement after : all(larger)) {
            Measurement earlier = before.get(after.label());
            if (earlier != null) {
                block.add(String.format(Locale.ROOT, GROWTH_ROW, after.label(),
                        quotient(after.requestsPerSecond(), earlier.requestsPerSecond()),
                        quotient(after.p50Millis(), earlier.p50Millis()),
                        quotient(after.p99Millis(), earlier.p99Millis()),
                        quotient(after.ratioTo(larger.health()), earlier.ratioTo(smaller.health()))));
            }
        }
        return block;
    }

    private void write(List<String> block) throws IOException {
        block.forEach(LOG::info);
        lines.addAll(block);
        Files.createDirectories(reportFile.getParent());
        Files.write(reportFile, block, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static List<Measurement> all(DatasetResult result) {
        List<Measurement> all = new ArrayList<>(result.pages());
        all.add(0, result.health());
        return all;
    }

    private static Map<String, Measurement> measurements(DatasetResult result) {
        return all(result).stream().collect(Collectors.toMap(Measurement::label, Function.identity(), (a, b) -> a));
    }

    private static String quotient(double numerator, double denominator) {
        return Double.isNaN(numerator) || Double.isNaN(denominator) || denominator == 0 ? "-"
                : String.format(Locale.ROOT, "%.2f", numerator / denominator);
    }

    private static List<String> errorNotes(Measurement measurement) {
        return measurement.errors() == 0 ? List.of()
                : List.of("Errors on " + measurement.label() + ": " + measurement.describeErrors());
    }

    private static String row(Measurement measurement, Measurement health) {
        return String.format(Locale.ROOT, ROW, measurement.label(),
                String.format(Locale.ROOT, "%.1f", measurement.requestsPerSecond()),
                millis(measurement.p50Millis()), millis(measurement.p99Millis()),
                String.format(Locale.ROOT, "%.4f", measurement.ratioTo(health)), measurement.errors(),
                String.format(Locale.ROOT, "%.1f", measurement.averageBytes() / 1024.0));
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0).replace(".0", "");
    }
}
