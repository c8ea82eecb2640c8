package st.libreho.kb.internal.markdown;

import java.util.Set;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** {@code [[Page path]]} and {@code [[Page path|label]]} links to wiki pages, for commonmark-java's parser and renderer. */
final class WikiLinkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final Set<String> missing;

    WikiLinkExtension() {
        this(Set.of());
    }

    /** @param missing the paths whose links are marked as leading to no page */
    WikiLinkExtension(Set<String> missing) {
        this.missing = Set.copyOf(missing);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(new WikiLinkFinder());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(context -> new WikiLinkHtmlRenderer(context, missing));
    }
}
