package st.libreho.kb.internal.markdown;

import java.util.List;
import java.util.Set;

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

    /**
     * How deep blocks (quotes, lists) and, separately, inlines (emphasis, images) may nest; deeper markup is read as
     * text. Far beyond what a person writes, and the bound that keeps commonmark-java's HTML renderer, which recurses,
     * clear of a request thread's stack: without it, a line of 10,000 {@code >} overflowed it.
     */
    static final int MAX_NESTING = 64;

    /** The most cells the tables of one text may make; a text over it is shown without tables. */
    static final int MAX_TABLE_CELLS = 100_000;

    private final Extension tables = TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build();
    private final List<Extension> extensions = List.of(tables, new WikiLinkExtension());
    // thread-safe once built, shared by all requests
    private final Parser parser = parser(extensions);
    private final Parser parserWithoutTables = parser(List.of(new WikiLinkExtension()));

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder()
                .maxOpenBlockParsers(MAX_NESTING)
                .maxInlineNesting(MAX_NESTING)
                .extensions(extensions)
                .build();
    }

    public RenderedMarkdown render(String markdown) {
        return render(markdown, Set.of());
    }

    /**
     * Renders a wiki page's text, marking its links to the paths in {@code missing} (pages that do not exist for
     * the reader) with the class {@code wiki-link missing}.
     */
    public RenderedMarkdown render(String markdown, Set<String> missing) {
        Node document = parse(markdown);
        HeadingAnchors anchors = HeadingAnchors.of(document);
        // built per text because the heading ids and the missing pages belong to this text; it costs next to nothing
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(tables, new WikiLinkExtension(missing)))
                .escapeHtml(true) // a member's raw HTML is shown as written, never interpreted
                .percentEncodeUrls(true)
                .attributeProviderFactory(context -> anchors)
                .build();
        String html = HtmlAllowList.sanitize(renderer.render(document));
        return new RenderedMarkdown(html, anchors.tableOfContents(), WikiLink.pathsIn(document));
    }

    /** The page paths a text links to, in order, each once: what a save records for backlinks, without rendering. */
    public List<String> wikiLinks(String markdown) {
        return WikiLink.pathsIn(parse(markdown));
    }

    private Node parse(String markdown) {
        if (!TableCellBudget.allows(markdown, MAX_TABLE_CELLS)) {
            return parserWithoutTables.parse(markdown);
        }
        try {
            return parser.parse(markdown);
        } catch (IllegalArgumentException tooManyCells) {
            // the tables extension stops the parse past its own limit; should the budget above ever count too low
            return parserWithoutTables.parse(markdown);
        }
    }
}
