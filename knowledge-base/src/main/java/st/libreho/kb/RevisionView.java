package st.libreho.kb;

import java.util.List;

/**
 * An old revision as it was, rendered.
 *
 * @param pageTitle the page's title now
 * @param currentRevision the page's current revision, to revert from
 */
public record RevisionView(String path, String pageTitle, int currentRevision, RevisionSummary revision,
        String markdown, String html, List<Heading> tableOfContents, boolean readerMayEdit) {

    public RevisionView {
        tableOfContents = List.copyOf(tableOfContents);
    }

    public boolean isCurrent() {
        return revision.number() == currentRevision;
    }
}
