package st.libreho.kb;

import java.util.List;
import java.util.Map;

/**
 * The wiki to take away, read at one moment: each page with its current text, and each page's attached files at
 * their current versions.
 *
 * @param pages by path
 * @param attachments by page path, each page's files by name; a page without files is not in it
 */
public record WikiExport(List<ExportedPage> pages, Map<String, List<AttachmentFile>> attachments) {

    public WikiExport {
        pages = List.copyOf(pages);
        attachments = Map.copyOf(attachments);
    }
}
