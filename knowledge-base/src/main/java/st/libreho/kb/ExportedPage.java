package st.libreho.kb;

import java.time.Instant;
import java.util.List;

/**
 * A page as an export holds it: its current revision's text with the details a reader of the files needs.
 *
 * @param revision the number of the current revision, the one whose text this is
 * @param updatedAt when the current revision was saved
 * @param updatedBy the name of who saved it
 * @param tags the page's tags, sorted
 */
public record ExportedPage(String path, String title, String language, Visibility visibility, int revision,
        Instant updatedAt, String updatedBy, String markdown, List<String> tags) {

    public ExportedPage {
        tags = List.copyOf(tags);
    }
}
