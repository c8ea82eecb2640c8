package st.libreho.governance;

import java.time.Instant;

/** A proposal in a list. */
public record ProposalSummary(long id, ProposalKind kind, String title, ProposalState state, Outcome outcome,
        Instant openedAt, Instant closesAt, Instant closedAt, String concerned) {
}
