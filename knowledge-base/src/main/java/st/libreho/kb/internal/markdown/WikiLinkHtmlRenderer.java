package st.libreho.kb.internal.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a {@link WikiLink} as {@code <a href="/kb/path" class="wiki-link">label</a>}, or with the class
 * {@code wiki-link missing} when its page does not exist (for this reader): the class lets the wiki's pages style
 * these links, and show those that lead to a page still to be written.
 */
final class WikiLinkHtmlRenderer implements NodeRenderer {

    static final String CSS_CLASS = "wiki-link";
    static final String MISSING_CSS_CLASS = "wiki-link missing";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    private final Set<String> missing;

    WikiLinkHtmlRenderer(HtmlNodeRendererContext context, Set<String> missing) {
        this.context = context;
        this.html = context.getWriter();
        this.missing = missing;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(WikiLink.class);
    }

    @Override
    public void render(Node node) {
        WikiLink link = (WikiLink) node;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", context.encodeUrl(WikiPaths.href(link.path())));
        attributes.put("class", missing.contains(link.path()) ? MISSING_CSS_CLASS : CSS_CLASS);
        html.tag("a", context.extendAttributes(node, "a", attributes));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/a");
    }
}
