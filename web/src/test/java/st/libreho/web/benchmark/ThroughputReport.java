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

import org.jboss.logging.Logger;

/**
 * The throughput run's table, one block per dataset, in {@code web/target/benchmark-throughput.txt} as soon as each
 * block is measured (a run that fails half-way keeps what it had), then at the end of
 * {@code web/target/benchmark.txt}, after the directory benchmark's lines, which surefire writes before.
 */
final class ThroughputReport {

    private static final Logger LOG = Logger.getLogger(ThroughputReport.class);
    /** The first line of this report in benchmark.txt: a later run replaces everything from it on. */
    private static final String TITLE = "Throughput of the packaged platform (production profile, deploy/jvm.options)";
    private static final String ROW = "%-60s %9s %8s %8s %8s %7s %9s";

    private final Path throughputFile;
    private final Path benchmarkFile;
    private final List<String> lines = new ArrayList<>();

    private ThroughputReport(BenchmarkSettings settings) {
        this.throughputFile = settings.outputDirectory().resolve("benchmark-throughput.txt");
        this.benchmarkFile = settings.outputDirectory().resolve("benchmark.txt");
    }

    static ThroughputReport begin(BenchmarkSettings settings) throws IOException {
        ThroughputReport report = new ThroughputReport(settings);
        Files.deleteIfExists(report.throughputFile);
        report.write(List.of(TITLE,
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
        return report;
    }

    void add(DatasetResult result) throws IOException {
        List<String> block = new ArrayList<>();
        block.add("");
        block.add(String.format(Locale.ROOT, "Dataset: %d organisations, %d services (platform ready in %.1f s)",
                result.organisations(), result.services(), result.startUp().toMillis() / 1000.0));
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

    /** Puts the whole report at the end of benchmark.txt, in place of an earlier run's. */
    void finish() throws IOException {
        List<String> combined = new ArrayList<>();
        if (Files.exists(benchmarkFile)) {
            for (String line : Files.readAllLines(benchmarkFile, StandardCharsets.UTF_8)) {
                if (line.equals(TITLE)) {
                    break;
                }
                combined.add(line);
            }
            combined.add("");
        }
        combined.addAll(lines);
        Files.write(benchmarkFile, combined, StandardCharsets.UTF_8);
        LOG.infof("The throughput table is in %s and at the end of %s", throughputFile, benchmarkFile);
    }

    private void write(List<String> block) throws IOException {
        block.forEach(LOG::info);
        lines.addAll(block);
        Files.createDirectories(throughputFile.getParent());
        Files.write(throughputFile, block, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
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
