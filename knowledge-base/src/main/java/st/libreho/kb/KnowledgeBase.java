package st.libreho.kb;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.kb.internal.markdown.MarkdownRenderer;

/**
 * The knowledge base's public facade. Other modules call this, never the knowledge base's internals.
 * <p>
 * The knowledge base owns the platform's Markdown: the wiki renders its pages with it, and every other module that
 * shows a text a member wrote (a proposal, a README) renders it through {@link #render(String)}, so that the whole
 * platform reads Markdown the same way and is protected by the same sanitising (ADR 0010).
 */
@ApplicationScoped
public class KnowledgeBase {

    private final MarkdownRenderer markdown;

    public KnowledgeBase(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * Renders a member's Markdown to HTML that a page may show as it is: CommonMark with tables, heading anchors and
     * {@code [[Page path]]} / {@code [[Page path|label]]} links to wiki pages; raw HTML in the text is shown as
     * written, never interpreted; the result is sanitised by an allow-list. Needs no transaction and no database.
     *
     * @param markdown the text as the member wrote it; {@code null} renders as an empty text
     */
    public RenderedMarkdown render(String markdown) {
        return this.markdown.render(markdown == null ? "" : markdown);
    }
}
