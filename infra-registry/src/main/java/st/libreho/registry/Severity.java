package st.libreho.registry;

/** Whether a finding blocks publishing. */
public enum Severity {
    /** Blocks publishing. */
    ERROR,
    /** Shown beside the version, does not block. */
    WARNING
}
