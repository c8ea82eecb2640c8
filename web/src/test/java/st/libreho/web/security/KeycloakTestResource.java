package st.libreho.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import st.libreho.web.PackagedSettings;

/**
 * Runs a real Keycloak, from the distribution that Maven unpacks into {@code target/keycloak}, with the realm that
 * production imports ({@code deploy/keycloak/librehosters-realm.json}) and the demo users
 * ({@code deploy/keycloak/demo/}), and points the platform's default OIDC tenant at it.
 * <p>
 * Keycloak runs as a child process in dev mode on free ports, with an in-memory database so that every run starts
 * from the realm file. The application gets a free port too, because Keycloak only redirects back to registered
 * URIs: the realm is imported with that one added.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "librehosters";
    public static final String WEB_CLIENT_ID = "librehosters-web";
    public static final String CLI_CLIENT_ID = "librehosters-cli";
    static final int TOKEN_LIFESPAN_SECONDS = 8;
    /** The dev-only secret of the realm file; production regenerates it. */
    static final String WEB_CLIENT_SECRET = "dev-only-librehosters-web-secret";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final int MINIMUM_JAVA_FOR_KEYCLOAK = 21;
    /** Tells the test which Dev Services started, so that it can check that the OIDC one did not. */

    /** How long Keycloak took to be ready, for the build log. */
    static volatile Duration startTime;

    private Process process;
    private Thread shutdownHook;

    @Override
    public Map<String, String> start() {
        Path home = keycloakHome();
        Path realmDir = deployDirectory();
        int appPort = freePort();
        int httpPort = freePort();
        int managementPort = freePort();
        try {
            prepareImport(home, realmDir, "http://localhost:" + appPort);
            Path log = Path.of("target", "keycloak-test.log").toAbsolutePath();
            List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--health-enabled=true",
                    "--db=dev-mem", "--cache=local", "--import-realm");
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            // nothing from the developer's own Keycloak settings may leak into the test's server
            env.keySet().removeIf(name -> name.startsWith("KC_") || name.equals("JAVA_OPTS")
                    || name.equals("JAVA_OPTS_APPEND"));
            Path java = javaForKeycloak();
            env.put("JAVA_HOME", java.toString());
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            if (javaMajor(java) >= 24) {
                // Keycloak 26.5's jboss-threads and Netty need these on Java 24+ (they say so at shutdown)
                env.put("JAVA_OPTS_APPEND",
                        "--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow");
            }
            long started = System.nanoTime();
            process = builder.start();
            shutdownHook = new Thread(this::stopKeycloak, "stop-keycloak");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            waitUntilReady("http://localhost:" + managementPort + "/health/ready", log);
            String realmUrl = "http://localhost:" + httpPort + "/realms/" + REALM;
            waitUntilReady(realmUrl + "/.well-known/openid-configuration", log);
            startTime = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Keycloak ready at %s in %d ms (log: %s)%n", realmUrl, startTime.toMillis(), log);
            return Map.of(
                    "quarkus.oidc.auth-server-url", realmUrl,
                    "quarkus.oidc.client-id", WEB_CLIENT_ID,
                    "quarkus.oidc.credentials.secret", WEB_CLIENT_SECRET,
                    // the production setting, which the test profile turns off for the dev OIDC server
                    "quarkus.oidc.api.token.audience", PackagedSettings.value("quarkus.oidc.api.token.audience"),
                    "quarkus.http.test-port", Integer.toString(appPort));
        } catch (IOException e) {
            stopKeycloak();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopKeycloak();
            throw e;
        }
    }

    @Override
    public void stop() {
        stopKeycloak();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** Stops kc.sh and the JVM it started: TERM first, so that Keycloak closes cleanly, then KILL. */
    private synchronized void stopKeycloak() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    /** The unpacked distribution: from Maven's unpack execution, or unpacked here from the local repository. */
    static Path keycloakHome() {
        String configured = System.getProperty("keycloak-test.home");
        Path home = configured != null ? Path.of(configured)
                : Path.of("target", "keycloak", "keycloak-" + keycloakVersion());
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
                    + ": run the tests through Maven (./mvnw -pl web -am verify), whose generate-test-resources phase "
                    + "unpacks org.keycloak:keycloak-quarkus-dist:" + keycloakVersion() + ":zip there");
        }
        return home.toAbsolutePath();
    }

    private static String keycloakVersion() {
        return System.getProperty("keycloak-test.version", "26.5.6");
    }

    /** {@code deploy/keycloak} at the root of the repository. */
    static Path deployDirectory() {
        String configured = System.getProperty("keycloak-test.deploy-dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "deploy", "keycloak");
        if (!Files.isRegularFile(dir.resolve(REALM + "-realm.json"))) {
            throw new IllegalStateException("No realm file in " + dir.toAbsolutePath());
        }
        return dir.toAbsolutePath().normalize();
    }

    /**
     * Fills Keycloak's {@code data/import}: the realm file, with the test application's address added to the web
     * client's redirect URIs, and the demo users ({@code <realm>-users-<n>.json} is the name Keycloak's directory
     * import looks for).
     */
    private static void prepareImport(Path home, Path deployDir, String appUrl) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (Stream<Path> old = Files.list(importDir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(deployDir.resolve(REALM + "-realm.json").toFile());
        for (JsonNode client : realm.path("clients")) {
            if (WEB_CLIENT_ID.equals(client.path("clientId").asText())) {
                ((ArrayNode) client.get("redirectUris")).add(appUrl + "/*");
                ObjectNode attributes = (ObjectNode) client.get("attributes");
                attributes.put("post.logout.redirect.uris",
                        attributes.path("post.logout.redirect.uris").asText() + "##" + appUrl + "/*");
            }
        }
        // tokens that expire within a test, so that one test can show a session outliving them (the realm: 5 minutes)
        ((ObjectNode) realm).put("accessTokenLifespan", TOKEN_LIFESPAN_SECONDS);
        json.writeValue(importDir.resolve(REALM + "-realm.json").toFile(), realm);
        try (Stream<Path> users = Files.list(deployDir.resolve("demo"))) {
            for (Path file : users.filter(f -> f.getFileName().toString().matches(REALM + "-users-\\d+\\.json"))
                    .toList()) {
                Files.copy(file, importDir.resolve(file.getFileName()));
            }
        }
    }

    /**
     * Keycloak 26.5 still runs on Java 17 but recommends 21 or later: use the newest JDK 21+ installed beside this
     * one, or the one running the tests. {@code KEYCLOAK_JAVA_HOME} chooses another.
     */
    static Path javaForKeycloak() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path current = Path.of(System.getProperty("java.home"));
        List<Path> places = new ArrayList<>(List.of(Path.of("/usr/lib/jvm")));
        Optional.ofNullable(current.getParent()).ifPresent(places::add);
        return places.stream().filter(Files::isDirectory).flatMap(KeycloakTestResource::children)
                .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                .filter(jdk -> javaMajor(jdk) >= MINIMUM_JAVA_FOR_KEYCLOAK)
                .max(Comparator.comparingInt(KeycloakTestResource::javaMajor))
                .orElse(current);
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The feature version from a JDK's {@code release} file, or 0. */
    private static int javaMajor(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String major = version.startsWith("1.") ? version.substring(2) : version;
                    return Integer.parseInt(major.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JDK we can tell the version of
        }
        return 0;
    }

    private void waitUntilReady(String url, Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped before it was ready; see " + log + tail(log));
            }
            if (answers200(url)) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + " (" + url + "); see "
                + log + tail(log));
    }

    private static boolean answers200(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
