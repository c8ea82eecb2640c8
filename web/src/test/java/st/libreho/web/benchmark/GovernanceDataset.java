package st.libreho.web.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The decision log of the governance run: {@code organisations} member organisations ({@link BenchmarkData}'s), and
 * {@code decisions} closed proposals written straight into the database with SQL, one an hour back from now, each
 * with its text (about 1.5 KB), a stance from each of the first twenty organisations, and an addressed objection;
 * one in ten is an adopted press release, so that the news has entries.
 */
record GovernanceDataset(int organisations, int decisions) implements Dataset {

    static final int SPEAKING = 20;

    @Override
    public String key() {
        return "gov-" + decisions;
    }

    @Override
    public String label() {
        return decisions + " decisions";
    }

    @Override
    public String seed(Connection connection) throws SQLException {
        BenchmarkData.seed(connection, organisations, 1);
        BenchmarkData.inTransactions(connection, () -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute(String.format(Locale.ROOT, """
                        INSERT INTO governance.proposal (kind, title, state, outcome, opened_at, closes_at, closed_at,
                            opened_by, opened_for, facilitator, rule_mode, rule_quorum, rule_min_support, rule_appeal,
                            closed_by, effects_applied, text_version)
                        SELECT CASE WHEN g %% 10 = 0 THEN 'PRESS_RELEASE' ELSE 'GENERAL' END, 'Decision ' || g,
                            'CLOSED', 'CONSENSUS', now() - make_interval(hours => g, days => 8),
                            now() - make_interval(hours => g), now() - make_interval(hours => g), 'Bench',
                            'bench-1', 'bench-1@example.org', 'ROUGH_CONSENSUS', 0.5, 2, 'PT336H', 'platform',
                            now() - make_interval(hours => g), 1
                        FROM generate_series(1, %d) g""", decisions));
                sql.execute("""
                        INSERT INTO governance.proposal_version (proposal_id, number, title, text, author, created_at)
                        SELECT id, 1, title, repeat('We propose that the **network** shares its backups. ', 30),
                            'Bench', opened_at FROM governance.proposal""");
                sql.execute(String.format(Locale.ROOT, """
                        INSERT INTO governance.stance (proposal_id, organisation, stance, reason, spoken_by,
                            text_version, taken_at)
                        SELECT p.id, 'bench-' || o, CASE WHEN o = 2 THEN 'OBJECT' ELSE 'AGREE' END,
                            CASE WHEN o = 2 THEN 'Not before the next meeting' END, 'Bench', 1, p.opened_at
                        FROM governance.proposal p, generate_series(1, %d) o""", SPEAKING));
                sql.execute("""
                        INSERT INTO governance.objection (proposal_id, organisation, reason, raised_by, raised_at,
                            text_version, state, answer, resolved_by, resolved_at)
                        SELECT id, 'bench-2', 'Not before the next meeting', 'Bench', opened_at, 1, 'ADDRESSED',
                            'It was discussed at the meeting.', 'Bench', closed_at FROM governance.proposal""");
                BenchmarkData.forgetRenderedPages(connection);
                connection.commit();
            }
        });
        try (Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE governance.proposal, governance.proposal_version, governance.stance, "
                    + "governance.objection");
        }
        return String.format(Locale.ROOT, "%d member organisations, %d closed proposals (one in ten an adopted press "
                + "release), each with its text, %d stances and an addressed objection", organisations, decisions,
                SPEAKING);
    }
}
