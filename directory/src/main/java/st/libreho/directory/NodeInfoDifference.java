package st.libreho.directory;

/** Something a delegate declared of a service that its NodeInfo contradicts. */
public enum NodeInfoDifference {
    /** The declared software is not the one NodeInfo names. */
    SOFTWARE_DIFFERS,
    /** The declared registration does not match NodeInfo's {@code openRegistrations}. */
    REGISTRATIONS_DIFFER
}
