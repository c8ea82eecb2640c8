package st.libreho.governance;

import java.time.Instant;

/**
 * A proposal closed with an outcome, by its closing date or by its facilitator. Fired synchronously inside the
 * transaction that records it, exactly once per closing: a second instance racing for the same proposal finds it
 * closed and fires nothing, so an observer that writes in the same transaction acts exactly once.
 */
public record DecisionTaken(long proposalId, ProposalKind kind, String title, Outcome outcome, Instant closedAt,
        String concerned) {
}
