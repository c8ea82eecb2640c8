package st.libreho.governance;

/** How a proposal ended. Only the first two adopt it. */
public enum Outcome {
    CONSENSUS, ROUGH_CONSENSUS, NOT_ADOPTED, WITHDRAWN;

    public boolean adopted() {
        return this == CONSENSUS || this == ROUGH_CONSENSUS;
    }
}
