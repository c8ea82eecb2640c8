package st.libreho.devpostgres.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.deployment.builditem.CuratedApplicationShutdownBuildItem;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem.RunningDevService;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.LaunchModeBuildItem;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL server (zonky's embedded binaries) in dev and test mode when no datasource URL is
 * configured, the way Quarkus' own Dev Services do for containers. Nothing here runs in a production build: there
 * an operator configures an external PostgreSQL.
 */
@BuildSteps(onlyIfNot = IsNormal.class)
public class DevPostgresProcessor {

    private static final Logger LOG = Logger.getLogger(DevPostgresProcessor.class);
    private static final String FEATURE = "librehosters-dev-postgres";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String ENABLED = "librehosters.dev-postgres.enabled";
    private static final String DATA_DIR = "librehosters.dev-postgres.data-dir";
    private static final String DATABASE = "librehosters";

    /**
     * One server per launch mode, surviving dev-mode restarts (which rebuild the application but must not restart
     * the database). Continuous testing runs in test mode inside the dev JVM and gets its own throw-away server
     * instead of stopping the dev one.
     */
    private static final Map<LaunchMode, RunningServer> RUNNING = new ConcurrentHashMap<>();

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    DevServicesResultBuildItem startEmbeddedPostgres(LaunchModeBuildItem launchMode,
            CuratedApplicationShutdownBuildItem shutdown) {
        boolean enabled = ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(true);
        LaunchMode mode = launchMode.getLaunchMode();
        if (!enabled || ConfigUtils.isPropertyPresent(JDBC_URL)) {
            LOG.debug("Not starting the embedded PostgreSQL: a datasource URL is configured or it is disabled");
            stop(mode);
            return null;
        }
        RunningServer server = RUNNING.get(mode);
        if (server == null) {
            server = RunningServer.start(dataDirectory(mode == LaunchMode.TEST), mode == LaunchMode.TEST);
            RUNNING.put(mode, server);
            shutdown.addCloseTask(() -> stop(mode), true);
        }
        return new RunningDevService(FEATURE, null, () -> {
        }, server.config()).toBuildItem();
    }

    private static Path dataDirectory(boolean testMode) {
        if (testMode) {
            try {
                // a fresh, throw-away cluster for each test run: tests never see earlier data
                return Files.createTempDirectory("librehosters-test-pg");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary folder for the test database", e);
            }
        }
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(DATA_DIR, String.class);
        return configured.map(Paths::get).orElseGet(() -> projectRoot().resolve("data").resolve("postgres"))
                .toAbsolutePath().normalize();
    }

    /** The folder holding the Maven wrapper, so that dev data lands in the repository's git-ignored data/ folder. */
    private static Path projectRoot() {
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return start;
    }

    private static void stop(LaunchMode mode) {
        RunningServer server = RUNNING.remove(mode);
        if (server != null) {
            server.close();
        }
    }

    private record RunningServer(EmbeddedPostgres postgres, Path dataDir) {

        static RunningServer start(Path dataDir, boolean clean) {
            try {
                Files.createDirectories(dataDir);
                LOG.infof("Starting the embedded PostgreSQL with its data in %s", dataDir);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(clean)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                createDatabaseIfMissing(postgres);
                LOG.infof("Embedded PostgreSQL is up on port %d", postgres.getPort());
                return new RunningServer(postgres, dataDir);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir
                        + ". Set QUARKUS_DATASOURCE_JDBC_URL to use another server.", e);
            }
        }

        private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    PreparedStatement exists = connection
                            .prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet result = exists.executeQuery()) {
                    if (!result.next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("CREATE DATABASE " + DATABASE);
                        }
                    }
                }
            }
        }

        Map<String, String> config() {
            return Map.of(
                    JDBC_URL, postgres.getJdbcUrl("postgres", DATABASE),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }
}
