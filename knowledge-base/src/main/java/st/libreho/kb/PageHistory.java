package st.libreho.kb;

import st.libreho.platform.Page;

/** A page's revisions, newest first, as far as the reader may see them. */
public record PageHistory(String path, String title, int currentRevision, boolean readerMayEdit,
        Page<RevisionSummary> revisions) {
}
