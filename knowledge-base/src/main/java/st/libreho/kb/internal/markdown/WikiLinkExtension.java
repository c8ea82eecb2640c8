package st.libreho.kb.internal.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** {@code [[Page path]]} and {@code [[Page path|label]]} links to wiki pages, for commonmark-java's parser and renderer. */
final class WikiLinkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(new WikiLinkFinder());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(WikiLinkHtmlRenderer::new);
    }
}
