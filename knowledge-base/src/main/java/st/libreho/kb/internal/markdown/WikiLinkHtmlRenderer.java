package st.libreho.kb.internal.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a {@link WikiLink} as {@code <a href="/kb/path" class="wiki-link">label</a>}; the class lets the wiki's
 * pages style these links and, later, mark those whose page does not exist yet.
 */
final class WikiLinkHtmlRenderer implements NodeRenderer {

    static final String CSS_CLASS = "wiki-link";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    WikiLinkHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
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
        attributes.put("class", CSS_CLASS);
        html.tag("a", context.extendAttributes(node, "a", attributes));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/a");
    }
}
