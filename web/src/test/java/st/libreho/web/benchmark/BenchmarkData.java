package st.libreho.web.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmarks' directory: organisations {@code bench-1} to {@code bench-N}, each a member with the same number
 * of services, written straight into the database with SQL (thousands of rows in a second, where the facade would
 * take minutes). Countries, languages, categories and registrations vary with the number, so that every filter of
 * the public lists finds some of them.
 */
final class BenchmarkData {

    /** The one-row table whose version tells every instance's page cache to forget what it rendered before. */
    static final String PUBLIC_CONTENT = "platform.public_content";

    private static final String[] CATEGORIES = { "EMAIL", "CLOUD_STORAGE", "CHAT", "VIDEO_CONFERENCING",
            "SOCIAL_NETWORK", "PADS", "FORMS", "CALENDAR", "OFFICE", "POLLS" };

    private BenchmarkData() {
    }

    /**
     * Inserts the organisations and their services, and makes every instance's page cache (where there is one)
     * forget what it rendered before, in one transaction; then refreshes the planner's statistics, as an operator's
     * autovacuum would after a bulk import.
     */
    static void seed(Connection connection, int organisations, int servicesEach) throws SQLException {
        if (servicesEach > CATEGORIES.length) {
            throw new IllegalArgumentException("At most " + CATEGORIES.length + " services each (one per category)");
        }
        inTransactions(connection, () -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute(insertOrganisations(organisations));
                sql.execute(insertServices(servicesEach));
                if (hasTable(connection, "directory.observation")) {
                    sql.execute(INSERT_OBSERVATIONS);
                }
                forgetRenderedPages(connection);
                connection.commit();
            }
        });
        try (Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE directory.organisation");
            sql.execute("ANALYZE directory.service");
            if (hasTable(connection, "directory.observation")) {
                sql.execute("ANALYZE directory.observation");
            }
        }
    }

    /**
     * What a daily round would have observed: every organisation's home page and security.txt, every service over
     * HTTPS and its NodeInfo; a fifth of the organisations lack security.txt and a tenth of the services have an
     * expired certificate, so the network's list of failures has thousands of rows at 5,000 organisations.
     */
    private static final String INSERT_OBSERVATIONS = """
            INSERT INTO directory.observation (organisation_id, kind, subject, service_id, findings, failed, facts,
                                               observed_at, failing_since)
            SELECT o.id, 'HOME_PAGE', 'https://' || o.slug || '.example/', NULL::bigint, '{}'::varchar(40)[], false,
                   '{"httpStatus":200,"contentType":"text/html","certificateNotAfter":"2027-03-01T00:00:00Z",
                     "redirectsToHttps":true,"hsts":true}'::jsonb, now(), NULL::timestamptz
            FROM directory.organisation o
            UNION ALL
            SELECT o.id, 'SECURITY_TXT', 'https://' || o.slug || '.example/.well-known/security.txt', NULL,
                   CASE WHEN o.id % 5 = 0 THEN '{SECURITY_TXT_MISSING}' ELSE '{}' END::varchar(40)[], o.id % 5 = 0,
                   CASE WHEN o.id % 5 = 0 THEN '{"httpStatus":404}'
                        ELSE '{"httpStatus":200,"securityTxtExpires":"2027-06-01T00:00:00Z",
                               "securityTxtContacts":["mailto:security@example.org"]}' END::jsonb,
                   now(), CASE WHEN o.id % 5 = 0 THEN now() - (o.id % 30) * interval '1 day' END
            FROM directory.organisation o
            UNION ALL
            SELECT s.organisation_id, 'SERVICE', coalesce(s.url, 'https://s' || s.id || '.example/'), s.id,
                   CASE WHEN s.id % 10 = 0 THEN '{CERTIFICATE_EXPIRED}' ELSE '{}' END::varchar(40)[], s.id % 10 = 0,
                   '{"httpStatus":200,"certificateNotAfter":"2027-03-01T00:00:00Z"}', now(),
                   CASE WHEN s.id % 10 = 0 THEN now() - (s.id % 20) * interval '1 day' END
            FROM directory.service s
            UNION ALL
            SELECT s.organisation_id, 'NODEINFO', coalesce(s.url, 'https://s' || s.id || '.example/'), s.id, '{}',
                   false, '{"httpStatus":200,"nodeInfo":{"schemaVersion":"2.1","softwareName":"nextcloud",
                     "softwareVersion":"28.0.4","protocols":[],"openRegistrations":true,"usersTotal":100}}', now(), NULL
            FROM directory.service s
            """;

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Whether this database has the page cache's version counter (the code under test may not have it yet). */
    static boolean hasPublicContent(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, PUBLIC_CONTENT);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /**
     * Renames an organisation the way a change of the platform does: the row (with its optimistic-lock version) and
     * the cache's version in one transaction, so that no instance can see the new version with the old name. The caller has checked that the
     * version table exists.
     */
    static void rename(Connection connection, String slug, String name) throws SQLException {
        inTransactions(connection, () -> {
            try (PreparedStatement update = connection
                    .prepareStatement("UPDATE directory.organisation SET name = ?, updated_at = now(), "
                            + "version = version + 1 WHERE slug = ?")) {
                update.setString(1, name);
                update.setString(2, slug);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("There is no organisation " + slug + " to rename");
                }
                forgetRenderedPages(connection);
                connection.commit();
            }
        });
    }

    /** Statements a benchmark sends, committing when it chooses. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Runs the work with auto-commit off, so that it commits what belongs together (the work calls
     * {@code commit()}); rolls back what it had not committed when it fails, and leaves auto-commit as it was.
     */
    static void inTransactions(Connection connection, SqlWork work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Makes every instance's page cache (where there is one) forget what it rendered, in the caller's transaction. */
    static void forgetRenderedPages(Connection connection) throws SQLException {
        if (hasPublicContent(connection)) {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE " + PUBLIC_CONTENT + " SET version = version + 1");
            }
        }
    }

    private static String insertOrganisations(int organisations) {
        return "INSERT INTO directory.organisation (slug, name, tagline, description, legal_structure, "
                + "founding_year, country, languages, home_url, contact_email, status, created_at, updated_at) "
                + "SELECT 'bench-' || i, 'Bench hoster ' || i, 'Hosting number ' || i, "
                + "'A benchmark organisation offering free software services to everyone.', 'NON_PROFIT', "
                + "2000 + i % 25, (ARRAY['FR','DE','BE','CH','NL'])[1 + i % 5], "
                + "(CASE i % 5 WHEN 0 THEN ARRAY['fr','en'] WHEN 1 THEN ARRAY['de','en'] WHEN 2 THEN "
                + "ARRAY['nl','fr'] WHEN 3 THEN ARRAY['en','el'] ELSE ARRAY['es','fr'] END)::varchar(8)[], "
                + "'https://bench' || i || '.example.org', 'contact@bench' || i || '.example.org', "
                + "'MEMBER', now(), now() FROM generate_series(1, " + organisations + ") AS i";
    }

    private static String insertServices(int servicesEach) {
        StringBuilder categories = new StringBuilder("ARRAY[");
        for (int c = 0; c < CATEGORIES.length; c++) {
            categories.append(c == 0 ? "" : ",").append('\'').append(CATEGORIES[c]).append('\'');
        }
        categories.append(']');
        return "INSERT INTO directory.service (organisation_id, name, category, url, software_name, "
                + "software_licence, registration, price_model, encryption_in_transit, end_to_end_encryption, "
                + "data_export, languages) "
                + "SELECT o.id, 'Service ' || s, (" + categories + ")[s], o.home_url, 'Software ' || s, "
                + "'AGPL-3.0-or-later', (ARRAY['OPEN','ON_REQUEST','MEMBERS_ONLY','CLOSED'])[1 + (o.id + s) % 4], "
                + "(ARRAY['FREE','DONATION','PAID','SLIDING_SCALE'])[1 + s % 4], true, s % 3 = 0, true, o.languages "
                + "FROM directory.organisation o CROSS JOIN generate_series(1, " + servicesEach + ") AS s "
                + "WHERE o.slug LIKE 'bench-%'";
    }
}
