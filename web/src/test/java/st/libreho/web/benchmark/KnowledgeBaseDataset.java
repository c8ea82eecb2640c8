package st.libreho.web.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The knowledge base of the throughput run: {@link GeneratedWiki}'s pages written straight into the database with
 * SQL, each with its first revision (kind {@code CREATED}, public) and its wiki links, as the platform writes a new
 * page. The pages go in by transactions of {@value #PAGES_A_TRANSACTION}: the search index ({@code kb.page_search}) is
 * filled by a trigger deferred to each commit, which reads the page's current revision, so a page and its revision are
 * always written in the same transaction.
 *
 * @param pages how many pages, half in English and half in French
 */
record KnowledgeBaseDataset(int pages) implements Dataset {

    static final int PAGES_A_TRANSACTION = 500;

    private static final String INSERT_PAGE = "INSERT INTO kb.page (path, title, language, visibility, "
            + "current_revision, created_at, updated_at) VALUES (?, ?, ?, 'PUBLIC', 1, ?, ?)";
    private static final String INSERT_REVISION = "INSERT INTO kb.revision (page_id, number, kind, title, markdown, "
            + "language, visibility, author_name, created_at) "
            + "SELECT id, 1, 'CREATED', ?, ?, ?, 'PUBLIC', ?, ? FROM kb.page WHERE path = ?";
    private static final String INSERT_LINK = "INSERT INTO kb.link (page_id, target_path) "
            + "SELECT id, ? FROM kb.page WHERE path = ?";

    @Override
    public String key() {
        return "kb-" + pages;
    }

    @Override
    public String label() {
        return pages + " pages";
    }

    /**
     * Writes the pages, oldest first, one a minute up to now (so that recent changes list the last ones), then makes
     * the page caches forget what they rendered, checks that the search has indexed every page, and refreshes the
     * planner's statistics, as an operator's autovacuum would after a bulk import.
     */
    @Override
    public String seed(Connection connection) throws SQLException {
        GeneratedWiki wiki = new GeneratedWiki(pages);
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusMinutes(pages);
        Totals totals = new Totals();
        BenchmarkData.inTransactions(connection, () -> {
            try (PreparedStatement page = connection.prepareStatement(INSERT_PAGE);
                    PreparedStatement revision = connection.prepareStatement(INSERT_REVISION);
                    PreparedStatement link = connection.prepareStatement(INSERT_LINK)) {
                for (int start = 0; start < pages; start += PAGES_A_TRANSACTION) {
                    for (int index = start; index < Math.min(pages, start + PAGES_A_TRANSACTION); index++) {
                        GeneratedWiki.Page generated = wiki.page(index);
                        OffsetDateTime created = first.plusMinutes(index);
                        page.setString(1, generated.path());
                        page.setString(2, generated.title());
                        page.setString(3, generated.language());
                        page.setObject(4, created);
                        page.setObject(5, created);
                        page.addBatch();
                        addRevision(revision, generated, created);
                        for (String target : generated.links()) {
                            link.setString(1, target);
                            link.setString(2, generated.path());
                            link.addBatch();
                        }
                        totals.markdownBytes += generated.markdown().getBytes(StandardCharsets.UTF_8).length;
                        totals.links += generated.links().size();
                    }
                    page.executeBatch();
                    revision.executeBatch();
                    link.executeBatch();
                    // the deferred trigger indexes this transaction's pages now
                    connection.commit();
                }
                BenchmarkData.forgetRenderedPages(connection);
                connection.commit();
            }
        });
        long indexed = indexedPages(connection);
        if (indexed != pages) {
            throw new IllegalStateException("The search indexed " + indexed + " of the " + pages + " pages seeded");
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE kb.page, kb.revision, kb.link, kb.page_search");
        }
        return String.format(Locale.ROOT, "%d wiki pages (%d in English, %d in French), %.1f KB of Markdown each "
                + "on average, %d wiki links, all indexed for search", pages, (pages + 1) / 2, pages / 2,
                totals.markdownBytes / 1024.0 / pages, totals.links);
    }

    /** The page's first revision, found by its path: the page's row is written first, in the same transaction. */
    private static void addRevision(PreparedStatement revision, GeneratedWiki.Page generated, OffsetDateTime created)
            throws SQLException {
        revision.setString(1, generated.title());
        revision.setString(2, generated.markdown());
        revision.setString(3, generated.language());
        revision.setString(4, generated.author());
        revision.setObject(5, created);
        revision.setString(6, generated.path());
        revision.addBatch();
    }

    /** What the seeding wrote, for the report. */
    private static final class Totals {
        long markdownBytes;
        long links;
    }

    private static long indexedPages(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM kb.page_search s "
                        + "JOIN kb.page p ON p.id = s.page_id WHERE p.path LIKE 'bench/%'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
