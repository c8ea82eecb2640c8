package st.libreho.directory;

/** Who may open an account on a service. */
public enum Registration {
    OPEN, ON_REQUEST, MEMBERS_ONLY, CLOSED
}
