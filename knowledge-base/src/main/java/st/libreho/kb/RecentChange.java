package st.libreho.kb;

/** A revision in the list of recent changes, with the page it belongs to as it is now. */
public record RecentChange(String path, String pageTitle, RevisionSummary revision) {
}
