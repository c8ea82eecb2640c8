package st.libreho.kb.internal.markdown;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import st.libreho.kb.RenderedMarkdown;

/**
 * The platform's Markdown: CommonMark with GFM tables, heading anchors and wiki links, raw HTML escaped, the HTML
 * then sanitised by an allow-list (ADR 0010). Other modules reach it through {@code KnowledgeBase.render}.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private final List<Extension> extensions = List.of(TablesExtension.create(), new WikiLinkExtension());
    // thread-safe once built, shared by all requests
    private final Parser parser = Parser.builder().extensions(extensions).build();

    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown);
        HeadingAnchors anchors = HeadingAnchors.of(document);
        // built per text because the heading ids belong to this text; building one costs next to nothing
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true) // a member's raw HTML is shown as written, never interpreted
                .percentEncodeUrls(true)
                .attributeProviderFactory(context -> anchors)
                .build();
        String html = HtmlAllowList.sanitize(renderer.render(document));
        return new RenderedMarkdown(html, anchors.tableOfContents(), WikiLink.pathsIn(document));
    }
}
