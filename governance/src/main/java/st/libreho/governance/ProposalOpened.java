package st.libreho.governance;

import java.time.Instant;

/** A proposal opened for stances (an application's membership proposal among them). Fired synchronously inside the transaction that opens it. */
public record ProposalOpened(long proposalId, ProposalKind kind, String title, Instant closesAt, String concerned) {
}
