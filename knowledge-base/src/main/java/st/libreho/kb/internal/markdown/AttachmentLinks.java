package st.libreho.kb.internal.markdown;

/**
 * A page's links to its own attached files, in its rendered text. The text writes them {@code attachments/plan.png};
 * a browser would resolve that against the page's parent ({@code /kb/guides/backups} gives
 * {@code /kb/guides/attachments/...}), so the rendering points such sources and links at the page's own files. The
 * export does the same for the files beside each page ({@link MarkdownExport#withAttachmentsBeside}).
 */
public final class AttachmentLinks {

    private AttachmentLinks() {
    }

    /** The rendering with its {@code attachments/...} sources and links at {@code /kb/<path>/attachments/...}. */
    public static String atPageAddress(String html, String path) {
        if (!html.contains("attachments/")) {
            return html;
        }
        // the sanitiser writes these attributes exactly so
        String own = "/kb/" + path + "/attachments/";
        return html.replace("src=\"attachments/", "src=\"" + own).replace("href=\"attachments/", "href=\"" + own)
                .replace("src=\"./attachments/", "src=\"" + own).replace("href=\"./attachments/", "href=\"" + own);
    }
}
