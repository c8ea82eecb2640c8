package st.libreho.governance;

/** One member organisation's position on a proposal. Agreeing, with or without reservations, is support. */
public enum Stance {
    AGREE, RESERVATIONS, STAND_ASIDE, ABSTAIN, OBJECT;

    public boolean supports() {
        return this == AGREE || this == RESERVATIONS;
    }
}
