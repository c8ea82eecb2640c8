package st.libreho.kb;

/**
 * A revision in the list of recent changes, with the page it belongs to as it is now.
 *
 * @param previousRevision the page's revision before this one that the reader may see, what its changes are shown
 *        against; null when there is none (the page's first, or the first that was public)
 */
public record RecentChange(String path, String pageTitle, RevisionSummary revision, Integer previousRevision) {
}
