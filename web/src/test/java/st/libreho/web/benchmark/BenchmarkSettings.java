package st.libreho.web.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the throughput run measures and for how long, from system properties so that a quicker or a longer run needs
 * no change to the code, e.g. {@code -Dbenchmark.sizes=500 -Dbenchmark.seconds=10}. Maven passes its own
 * {@code -D} properties on to the tests' JVM.
 *
 * @param sizes how many organisations each dataset of the directory's run has, one platform start per dataset
 * @param kbSizes how many wiki pages each dataset of the knowledge base's run has, one platform start per dataset
 * @param servicesEach how many services each organisation offers
 * @param connections how many requests are in flight at any time, each on its own kept-alive connection
 * @param warmUp how long a page is requested, uncounted, before it is measured, so that its code is compiled
 * @param measure how long a page is measured
 * @param healthSlice how long {@code /q/health/live} is measured before each page, as the run's yardstick
 * @param crossInstanceSize the dataset at which a second instance checks that a change reaches its cache
 * @param repositoryRoot the folder holding {@code deploy/} and {@code web/}
 * @param outputDirectory where the tables and the platform's logs are written: web/target
 */
record BenchmarkSettings(List<Integer> sizes, List<Integer> kbSizes, int servicesEach, int connections,
        Duration warmUp, Duration measure, Duration healthSlice, int crossInstanceSize, Path repositoryRoot,
        Path outputDirectory) {

    static BenchmarkSettings fromSystemProperties() {
        Path root = Path.of(System.getProperty("benchmark.repository-root", findRepositoryRoot().toString()))
                .toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("benchmark.output-directory",
                root.resolve("web").resolve("target").toString())).toAbsolutePath().normalize();
        return new BenchmarkSettings(sizes("benchmark.sizes", "50,500,5000"),
                sizes("benchmark.kb-sizes", "1000,10000"), 10, Integer.getInteger("benchmark.connections", 64),
                seconds("benchmark.warm-up-seconds", "2"), seconds("benchmark.seconds", "5"),
                seconds("benchmark.health-seconds", "1"), Integer.getInteger("benchmark.cross-instance-size", 500),
                root, output);
    }

    Path packagedJar() {
        return repositoryRoot.resolve("web/target/quarkus-app/quarkus-run.jar");
    }

    Path jvmOptions() {
        return repositoryRoot.resolve("deploy/jvm.options");
    }

    /** A comma-separated list of sizes, e.g. "50,500,5000". */
    private static List<Integer> sizes(String property, String defaultValue) {
        return Arrays.stream(System.getProperty(property, defaultValue).split(",")).map(String::strip)
                .filter(size -> !size.isEmpty()).map(Integer::valueOf).toList();
    }

    /** Accepts fractions ("0.5"), so that a smoke run of the benchmark itself takes seconds. */
    private static Duration seconds(String property, String defaultValue) {
        double seconds = Double.parseDouble(System.getProperty(property, defaultValue));
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The folder holding the Maven wrapper, when the test runs outside Maven (from an IDE). */
    private static Path findRepositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        return start;
    }
}
