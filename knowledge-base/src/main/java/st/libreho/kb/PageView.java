package st.libreho.kb;

import java.time.Instant;
import java.util.List;

/**
 * A page as a reader sees it: its current revision rendered, where it sits in the hierarchy and what links to it,
 * all limited to what this reader may see.
 *
 * @param path the page's path now; differs from the path asked for when the page was moved from there
 * @param html the rendered text, sanitised: shown as it is; wiki links to pages that do not exist for this reader
 *        carry the class {@code wiki-link missing}
 * @param breadcrumbs the page's ancestors, from the top; one without a title has no page the reader may see
 * @param children the pages one level below, by title
 * @param backlinks the pages whose text links to this one (at its path or a path it was moved from), by title
 * @param missingLinks the paths this page links to where the reader finds no page, in the order of the text
 * @param readerMayEdit whether the reader is a member (or an operator), who may edit, move and revert
 * @param tags the page's tags, sorted
 * @param pageToken names this page whatever its path, for a save to send back ({@link KnowledgeBase#save(String,
 *        PageEdit, Integer, String, st.libreho.platform.Actor)}): opaque, compared as it is
 * @param attachments the page's files, each at its latest version, by name
 */
public record PageView(String path, String title, String language, Visibility visibility, int revision,
        String markdown, String html, List<Heading> tableOfContents, Instant createdAt, Instant updatedAt,
        String updatedBy, List<PageLink> breadcrumbs, List<PageLink> children, List<PageLink> backlinks,
        List<String> missingLinks, boolean readerMayEdit, List<String> tags, String pageToken,
        List<AttachmentInfo> attachments) {

    public PageView {
        tableOfContents = List.copyOf(tableOfContents);
        breadcrumbs = List.copyOf(breadcrumbs);
        children = List.copyOf(children);
        backlinks = List.copyOf(backlinks);
        missingLinks = List.copyOf(missingLinks);
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
    }
}
