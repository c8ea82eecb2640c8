package st.libreho.governance;

/** Why an organisation left the network (the CPP's three cases). */
public enum DepartureReason {
    VOLUNTARY, BREACH_OF_COMMITMENTS, END_OF_SERVICES
}
