package st.libreho.governance;

/** Where a proposal stands: open for stances, closed with an outcome, or withdrawn by who opened it. */
public enum ProposalState {
    OPEN, CLOSED, WITHDRAWN
}
