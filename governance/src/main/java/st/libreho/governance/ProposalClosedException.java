package st.libreho.governance;

/** A stance, a revision or an objection came for a proposal that is no longer open. Answered 409. */
public class ProposalClosedException extends RuntimeException {

    private final long proposalId;

    public ProposalClosedException(long proposalId) {
        super("Proposal " + proposalId + " is closed: it no longer takes stances or changes.");
        this.proposalId = proposalId;
    }

    public long proposalId() {
        return proposalId;
    }
}
