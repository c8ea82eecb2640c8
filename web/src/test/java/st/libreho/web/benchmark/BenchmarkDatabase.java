package st.libreho.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A throw-away PostgreSQL 17 server (zonky's embedded binaries, as the dev-postgres extension starts in dev and test
 * mode) holding one fresh database per dataset, so that each platform start migrates an empty schema and sees only
 * its own rows.
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private BenchmarkDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static BenchmarkDatabase start() throws IOException {
        Path dataDirectory = Files.createTempDirectory("librehosters-benchmark-pg");
        return new BenchmarkDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start());
    }

    /** Creates an empty database; the platform's Flyway migrations fill in the schemas when it starts. */
    void create(String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    Connection connect(String database) throws SQLException {
        return postgres.getDatabase(USER, database).getConnection();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
