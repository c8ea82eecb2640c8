package st.libreho.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a person saves: a page's details and text as they want them.
 *
 * @param language an ISO 639-1 code, such as {@code en} or {@code fr}
 * @param summary a short note on the change for the history, optional
 * @param tags the page's tags as the person wants them: lower-case words with digits and hyphens ({@code backup},
 *        {@code tls-certificates}), at most 10, each at most 40 characters; stored trimmed, in lower case, without
 *        duplicates and sorted. {@code null} means "as they were": the tags of the revision the person started from
 *        (none for a new page), so that a client that knows nothing of tags never removes them; an empty list
 *        removes them all.
 */
public record PageEdit(String title, String markdown, String language, Visibility visibility, String summary,
        List<String> tags) {

    public PageEdit {
        // a copy that may hold the nulls a client sent, for the rules to refuse or skip; never changed afterwards
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
    }

    /** An edit that leaves the tags as they were at the revision it starts from. */
    public PageEdit(String title, String markdown, String language, Visibility visibility, String summary) {
        this(title, markdown, language, visibility, summary, null);
    }

    /** The same edit with these tags. */
    public PageEdit withTags(List<String> tags) {
        return new PageEdit(title, markdown, language, visibility, summary, tags);
    }
}
