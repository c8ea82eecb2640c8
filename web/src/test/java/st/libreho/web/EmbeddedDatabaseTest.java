package st.libreho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The tests run against a real PostgreSQL 17, migrated by every module's own migrations. */
@QuarkusTest
class EmbeddedDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void itIsARealPostgreSql17() throws SQLException {
        String version = single("SHOW server_version");
        assertTrue(version.startsWith("17."), version);
    }

    @Test
    void everyModuleHasItsSchema() throws SQLException {
        List<String> schemas = list("SELECT schema_name FROM information_schema.schemata ORDER BY schema_name");
        assertTrue(schemas.containsAll(List.of("directory", "governance", "kb", "registry")), schemas.toString());
    }

    @Test
    void migrationsAllSucceeded() throws SQLException {
        assertEquals("0", single("SELECT count(*) FROM public.platform_schema_history WHERE NOT success"));
        assertTrue(Integer.parseInt(single("SELECT count(*) FROM public.platform_schema_history")) >= 4);
    }

    private String single(String sql) throws SQLException {
        return list(sql).get(0);
    }

    private List<String> list(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
