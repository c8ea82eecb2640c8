package st.libreho.governance;

/** What a proposal decides. Membership and exclusion name the organisation they concern. */
public enum ProposalKind {
    GENERAL, MEMBERSHIP, EXCLUSION, PRESS_RELEASE, CHARTER_CHANGE, CARE_TEAM, END_OF_SERVICES
}
