package st.libreho.kb;

import java.util.Map;

import st.libreho.platform.Page;

/**
 * A page's revisions, newest first, as far as the reader may see them.
 *
 * @param previousRevisions for each revision listed, by number, the revision before it that the reader may see: what
 *        its changes are shown against. None for the first revision the reader may see
 */
public record PageHistory(String path, String title, int currentRevision, boolean readerMayEdit,
        Page<RevisionSummary> revisions, Map<Integer, Integer> previousRevisions) {

    public PageHistory {
        previousRevisions = Map.copyOf(previousRevisions);
    }

    /** The revision before this one that the reader may see, to diff against; null when there is none. */
    public Integer previous(RevisionSummary revision) {
        return previousRevisions.get(revision.number());
    }
}
