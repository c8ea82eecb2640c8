package st.libreho.registry.internal.files;

/** How a file changed from one version to another. */
public enum ChangeKind {
    /** In the newer version only. */
    ADDED,
    /** In the older version only. */
    REMOVED,
    /** In both, with different contents. */
    MODIFIED
}
