package st.libreho.directory;

/** The typed contacts an organisation may publish besides its delegation's address. */
public enum ContactKind {
    ABUSE, SECURITY, SUPPORT
}
