package st.libreho.kb;

/**
 * A page named in a list (children, backlinks, breadcrumbs).
 *
 * @param title the page's title, or null when no page the reader may see is at this path (a breadcrumb's missing
 *        parent)
 */
public record PageLink(String path, String title) {

    public boolean exists() {
        return title != null;
    }

    /** The last segment of the path, to name a page that does not exist. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
