package st.libreho.web.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged platform ({@code quarkus-run.jar}) started as an operator starts it, with {@code deploy/jvm.options}
 * and the production profile, in a process of its own: what is measured is what runs in production, not a test
 * JVM shared with the load generator.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;
    private Duration startUp;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the platform on a free port against the given database and waits until it is ready (migrated and
     * connected).
     */
    static PlatformProcess start(BenchmarkSettings settings, String jdbcUrl, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(settings.packagedJar())) {
            throw new IllegalStateException("No packaged platform at " + settings.packagedJar()
                    + ": the throughput run needs the package phase first (./mvnw -B verify -pl web -am -Pbenchmark)");
        }
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "@" + settings.jvmOptions(), "-jar",
                settings.packagedJar().toString()))
                // not the repository root: Quarkus and the sign-in check would read a developer's .env there
                .directory(settings.outputDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // a developer's own settings (a database, a profile) must not change what is measured
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("LIBREHOSTERS_"));
        // as the operator guide starts it: two malloc arenas, not one per thread that touches native memory
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", BenchmarkDatabase.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", BenchmarkDatabase.PASSWORD);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // the pages are measured, not the daily visits of members' sites, which would run a minute after start
        environment.put("LIBREHOSTERS_DIRECTORY_OBSERVATIONS_ENABLED", "false");
        // The benchmark only makes anonymous requests, so no identity provider runs: both OIDC tenants are off, and
        // the address only satisfies the platform's start-up check (SignInConfiguration), which refuses to start a
        // production platform nobody could sign in to. Nothing ever connects to it.
        environment.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        environment.put("QUARKUS_OIDC_API_TENANT_ENABLED", "false");
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/benchmark-no-sign-in");
        long started = System.nanoTime();
        PlatformProcess platform = new PlatformProcess(builder.start(), port, log);
        try {
            platform.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            platform.close();
            throw e;
        }
        platform.startUp = Duration.ofNanos(System.nanoTime() - started);
        return platform;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** From the start of the JVM to the first ready answer: the migrations, Hibernate's start and the JVM's. */
    Duration startUp() {
        return startUp;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * How the process ended, for a report: its exit code, and the JVM's last word when deploy/jvm.options made it
     * stop on an OutOfMemoryError ("Terminating due to java.lang.OutOfMemoryError: Java heap space").
     */
    String exitDescription() {
        if (process.isAlive()) {
            return "still running";
        }
        String description = "exit code " + process.exitValue();
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("Terminating due to")).findFirst()
                    .map(line -> description + ", " + line).orElse(description);
        } catch (IOException | UncheckedIOException unreadable) {
            return description;
        }
    }

    /** One plain request, for the checks around the measurements (not for the load: see LoadGenerator). */
    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The process's resident memory now and at its peak, from the kernel's own accounting. */
    ProcessMemory memory() throws IOException {
        return ProcessMemory.read(process.pid());
    }

    /** Stops it as a service manager does (SIGTERM, so Quarkus shuts down cleanly), forcibly if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform stopped while starting (" + exitDescription()
                        + "); its log is " + log + ":\n" + tail(log));
            }
            try {
                if (get("/q/health/ready", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notListeningYet) {
                // the HTTP server opens its port last, once the migrations have run
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The platform was not ready after " + START_TIMEOUT.toSeconds()
                + " s; its log is " + log + ":\n" + tail(log));
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the platform", e);
        }
    }
}
