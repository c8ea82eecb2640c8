package st.libreho.kb;

/** A page's path and one of its revisions, with its text: what a save made, or an old revision as it was. */
public record PageRevision(String path, RevisionSummary revision, String markdown) {
}
