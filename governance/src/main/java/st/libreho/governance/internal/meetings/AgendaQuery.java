package st.libreho.governance.internal.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import st.libreho.governance.AgendaEntry;
import st.libreho.governance.ProposalKind;

/**
 * A meeting's agenda, computed when it is read: the proposals open at the meeting's start (an application's
 * membership proposal shown as the application, with its applicant), then the free items. Proposals are only read
 * here, never written: they belong to the proposals' code.
 * <p>
 * A proposal is on the agenda of a meeting when it was open at its start: opened before, and not closed before. A
 * proposal still open that closes before the meeting is on it too, until it closes. One query, bounded.
 */
@ApplicationScoped
public class AgendaQuery {

    /** Far more points than a meeting of two hours can hold; the rest would not be read anyway. */
    static final int MAX_ENTRIES = 300;

    static final String OPEN_AT_START = "p.opened_at <= m.starts_at AND (p.closed_at IS NULL OR p.closed_at > "
            + "m.starts_at)";

    private static final String AGENDA = """
            SELECT rank, proposal_id, item_id, title, organisation, organisation_name, kind, closes_at, description,
                   added_by
            FROM (
              SELECT CASE WHEN p.kind = 'MEMBERSHIP' THEN 0 ELSE 1 END AS rank, p.id AS proposal_id,
                     CAST(NULL AS bigint) AS item_id, p.title AS title, COALESCE(a.organisation, p.concerned)
                     AS organisation, a.organisation_name AS organisation_name, p.kind AS kind,
                     p.closes_at AS closes_at, CAST(NULL AS text) AS description, CAST(NULL AS varchar) AS added_by,
                     p.id AS sort_id
              FROM governance.meeting m
              JOIN governance.proposal p ON %s
              LEFT JOIN governance.application a ON a.proposal_id = p.id
              WHERE m.id = :meeting
              UNION ALL
              SELECT 2, NULL, i.id, i.title, NULL, NULL, NULL, NULL, i.description, i.added_by, i.id
              FROM governance.agenda_item i
              WHERE i.meeting_id = :meeting
            ) entries
            ORDER BY rank, closes_at NULLS LAST, sort_id
            LIMIT :limit
            """.formatted(OPEN_AT_START);

    private static final String DISCUSSED = """
            SELECT EXISTS (
              SELECT 1 FROM governance.meeting m JOIN governance.proposal p ON p.id = :proposal
              WHERE NOT m.cancelled AND m.starts_at <= :now AND %s)
            """.formatted(OPEN_AT_START);

    private final EntityManager entities;

    public AgendaQuery(EntityManager entities) {
        this.entities = entities;
    }

    List<AgendaEntry> agenda(long meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(AGENDA).setParameter("meeting", meetingId)
                .setParameter("limit", MAX_ENTRIES).getResultList();
        List<AgendaEntry> agenda = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            int rank = ((Number) row[0]).intValue();
            AgendaEntry.Kind kind = rank == 0 ? AgendaEntry.Kind.APPLICATION
                    : rank == 1 ? AgendaEntry.Kind.PROPOSAL : AgendaEntry.Kind.FREE;
            agenda.add(new AgendaEntry(kind, id(row[1]), id(row[2]), (String) row[3], (String) row[4],
                    (String) row[5], proposalKind((String) row[6]), instant(row[7]), (String) row[8],
                    (String) row[9]));
        }
        return agenda;
    }

    /** Whether a meeting held by {@code now} (started, not cancelled) had the proposal on its agenda. */
    boolean discussed(long proposalId, Instant now) {
        Object found = entities.createNativeQuery(DISCUSSED).setParameter("proposal", proposalId)
                .setParameter("now", now).getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A kind this code does not know yet (added by the proposals' code) is shown as a proposal without a kind. */
    private static ProposalKind proposalKind(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ProposalKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The driver's and Hibernate's type for a timestamptz has changed across versions; all of them are read. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
