package st.libreho.kb.internal.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/** A {@code [[Page path]]} or {@code [[Page path|label]]} in a text: a link to a wiki page; its children are the label. */
final class WikiLink extends CustomNode {

    private final String path;

    WikiLink(String path) {
        this.path = path;
    }

    /** The normalised path of the page linked to. */
    String path() {
        return path;
    }

    /** The paths a parsed text links to, in order, each once. */
    static List<String> pathsIn(Node document) {
        Set<String> paths = new LinkedHashSet<>();
        Trees.walk(document, node -> {
            if (node instanceof WikiLink link) {
                paths.add(link.path());
            }
            return true;
        });
        return List.copyOf(paths);
    }
}
