package st.libreho.kb;

import java.time.Instant;
import java.util.List;

/**
 * One revision in a page's history, without its text.
 *
 * @param baseRevision the revision its author started from; null for a page's first revision
 * @param merged whether the saved text merged in changes others saved after {@code baseRevision}
 * @param revertedTo for a revert, the revision whose text it restored
 * @param movedFrom for a move, the page's former path
 * @param decisionReference for a revision of a charter page, the adopted decision that made it current
 * @param tags the page's tags in this revision, sorted
 */
public record RevisionSummary(int number, RevisionKind kind, String title, String language, Visibility visibility,
        String summary, Integer baseRevision, boolean merged, Integer revertedTo, String movedFrom, String authorName,
        Instant createdAt, String decisionReference, List<String> tags) {

    public RevisionSummary {
        tags = List.copyOf(tags);
    }
}
