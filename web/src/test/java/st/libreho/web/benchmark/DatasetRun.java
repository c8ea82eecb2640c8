package st.libreho.web.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

import org.jboss.logging.Logger;

/**
 * One dataset: a fresh database, the packaged platform started on it, the dataset seeded, every address checked, then
 * measured under load one after the other, {@code /q/health/live} measured before each of them.
 */
final class DatasetRun {

    private static final Logger LOG = Logger.getLogger(DatasetRun.class);

    private final BenchmarkSettings settings;
    private final BenchmarkDatabase database;
    private final Dataset dataset;
    private final String databaseName;
    private final List<String> notes = new ArrayList<>();
    private final List<Measurement> healthSlices = new ArrayList<>();
    private int starts;
    private int exits;
    /** The highest VmHWM read after any page, across this dataset's processes: a process that exits takes its own. */
    private long highestPeakKb;
    private Duration firstStartUp;
    private PlatformProcess platform;
    private LoadGenerator load;
    private LoadGenerator single;

    DatasetRun(BenchmarkSettings settings, BenchmarkDatabase database, Dataset dataset) {
        this.settings = settings;
        this.database = database;
        this.dataset = dataset;
        this.databaseName = "bench_" + dataset.key().replace('-', '_');
    }

    DatasetResult run(Target health, List<Target> pages) throws Exception {
        database.create(databaseName);
        startPlatform();
        try {
            LOG.infof("Seeding %s", dataset.label());
            long seedingStarted = System.nanoTime();
            String description;
            // after the platform's start: its Flyway migrations have created the tables
            try (Connection connection = database.connect(databaseName)) {
                description = dataset.seed(connection);
            }
            Duration seeding = Duration.ofNanos(System.nanoTime() - seedingStarted);
            LOG.infof("Seeded %s in %.1f s", description, seeding.toMillis() / 1000.0);
            checkAnswers(health, pages);
            // the JVM compiles the paths every address shares before any is measured: the first address measured
            // would otherwise pay for the compilation of all the others' common code
            load.measure(health, settings.warmUp());
            for (Target page : pages) {
                load.measure(page, settings.warmUp());
            }
            List<Measurement> measured = new ArrayList<>();
            for (Target page : pages) {
                measured.add(measure(health, page));
            }
            ProcessMemory memory = platform.memory();
            if (dataset.checksCrossInstance()) {
                notes.add(new CrossInstanceCheck(settings, database, databaseName).run());
            }
            return new DatasetResult(dataset.label(), description, firstStartUp, seeding,
                    Measurement.combine(health.label(), healthSlices), measured, memory,
                    Math.max(highestPeakKb, memory.peakKb()) / 1024, exits, notes);
        } finally {
            stopPlatform();
        }
    }

    /**
     * The health slice first, so that the yardstick is measured in the same state of the JVM as the page; the page's
     * own warm-up is not counted.
     */
    private Measurement measure(Target health, Target page) throws Exception {
        healthSlices.add(load.measure(health, settings.healthSlice()));
        LoadGenerator generator = page.connections() == 1 ? single() : load;
        generator.measure(page, settings.warmUp());
        Measurement measurement = generator.measure(page, settings.measure());
        LOG.infof("%s, %s: %.1f req/s, p50 %.1f ms, p99 %.1f ms, %d errors %s", dataset.label(),
                page.label(), measurement.requestsPerSecond(), measurement.p50Millis(), measurement.p99Millis(),
                measurement.errors(), measurement.describeErrors());
        if (platform.isAlive()) {
            highestPeakKb = Math.max(highestPeakKb, platform.memory().peakKb());
        } else {
            // an OutOfMemoryError ends the process (deploy/jvm.options): say so, and measure the rest on a new one
            exits++;
            notes.add(String.format(Locale.ROOT, "The platform EXITED (%s) while %s was under load: see %s. The "
                    + "pages after it, and the memory figures, are a new process's.", platform.exitDescription(),
                    page.label(), platform.log().getFileName()));
            LOG.warn(notes.get(notes.size() - 1));
            stopPlatform();
            startPlatform();
        }
        return measurement;
    }

    /** Every address must answer 200 before anything is measured: a fast 404 is no figure. */
    private void checkAnswers(Target health, List<Target> pages) throws IOException, InterruptedException {
        List<Target> all = new ArrayList<>(pages);
        all.add(0, health);
        for (Target target : all) {
            HttpResponse<String> answer = platform.get(target.path(), target.headers());
            assertEquals(200, answer.statusCode(),
                    () -> String.format(Locale.ROOT, "GET %s answered %d instead of 200 with %s; the platform's log "
                            + "is %s. The answer began with: %s",
                            target.label().equals(target.path()) ? target.path()
                                    : target.path() + " (" + target.label() + ")",
                            answer.statusCode(),
                            dataset.label(), platform.log(),
                            answer.body().substring(0, Math.min(300, answer.body().length()))));
        }
    }

    private void startPlatform() throws IOException, InterruptedException {
        starts++;
        Path log = settings.outputDirectory()
                .resolve("benchmark-platform-" + dataset.key() + (starts == 1 ? "" : "-restart-" + starts) + ".log");
        LOG.infof("Starting the packaged platform for %s, its log in %s", dataset.label(), log);
        platform = PlatformProcess.start(settings, database.jdbcUrl(databaseName), log);
        if (firstStartUp == null) {
            firstStartUp = platform.startUp();
        }
        load = LoadGenerator.against(platform, settings.connections());
    }

    /** One request at a time, on the same platform, opened when a target asks for it. */
    private LoadGenerator single() {
        if (single == null) {
            single = LoadGenerator.against(platform, 1);
        }
        return single;
    }

    private void stopPlatform() throws InterruptedException, ExecutionException {
        if (single != null) {
            single.close();
            single = null;
        }
        if (load != null) {
            load.close();
            load = null;
        }
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }
}
