package st.libreho.kb;

import java.time.Instant;
import java.util.List;

/**
 * A proposed revision of a governed (charter) page. It is not the page's text until governance adopts it
 * ({@link KnowledgeBase#adoptCharterRevision}).
 *
 * @param id what governance names when it adopts it
 * @param baseRevision the revision the member started from
 * @param adoptedRevision the revision its adoption made; null while it is only a proposal
 * @param currentToProposed the lines that differ between the page's current text and the proposed one
 * @param tags the tags proposed, sorted
 */
public record CharterProposal(long id, String path, int baseRevision, String title, String markdown, String language,
        Visibility visibility, String summary, String authorName, Instant createdAt, Integer adoptedRevision,
        List<DiffLine> currentToProposed, List<String> tags) {

    public CharterProposal {
        currentToProposed = List.copyOf(currentToProposed);
        tags = List.copyOf(tags);
    }
}
