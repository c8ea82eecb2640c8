package st.libreho.kb.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Finds {@code [[Page path]]} and {@code [[Page path|label]]} in the parsed text and turns them into {@link WikiLink}s.
 * It looks only at the text the parser left as text, so code spans and code blocks (which are not text nodes) keep
 * their brackets, which a search over the raw Markdown would not. Text inside a link or an image is left alone: HTML
 * has no link inside a link.
 */
final class WikiLinkFinder implements PostProcessor {

    // bounded and without nested quantifiers, so that a long run of brackets costs linear time
    static final Pattern WIKI_LINK = Pattern
            .compile("\\[\\[([^\\[\\]|\\r\\n]{1,200})(?:\\|([^\\[\\]\\r\\n]{0,200}))?]]");

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        Trees.walk(document, node -> {
            if (node instanceof Text text && text.getLiteral().contains("[[")) {
                texts.add(text);
            }
            return !(node instanceof Link || node instanceof Image || node instanceof WikiLink);
        });
        texts.forEach(WikiLinkFinder::replaceLinksIn);
        return document;
    }

    private static void replaceLinksIn(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = WIKI_LINK.matcher(literal);
        int done = 0;
        while (matcher.find()) {
            String written = matcher.group(1).strip();
            String path = WikiPaths.normalise(written);
            if (path.isEmpty()) {
                continue; // [[ ? ]] names no page: leave it as the member wrote it
            }
            String label = matcher.group(2) == null ? "" : matcher.group(2).strip();
            if (done < matcher.start()) {
                text.insertBefore(new Text(literal.substring(done, matcher.start())));
            }
            WikiLink link = new WikiLink(path);
            link.appendChild(new Text(label.isEmpty() ? written : label));
            text.insertBefore(link);
            done = matcher.end();
        }
        if (done == 0) {
            return;
        }
        if (done < literal.length()) {
            text.insertBefore(new Text(literal.substring(done)));
        }
        text.unlink();
    }
}
