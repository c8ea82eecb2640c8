package st.libreho.governance;

/**
 * An objection's place in the ledger: open until the text changed to meet it (accommodated), it was answered in
 * writing (addressed, which rough consensus needs), or its organisation withdrew it.
 */
public enum ObjectionState {
    OPEN, ACCOMMODATED, ADDRESSED, WITHDRAWN
}
