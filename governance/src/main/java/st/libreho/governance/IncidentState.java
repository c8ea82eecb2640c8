package st.libreho.governance;

/** Where the care team is with an incident report; the reporter sees it too. */
public enum IncidentState {
    OPEN, IN_PROGRESS, CLOSED
}
