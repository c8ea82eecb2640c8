package st.libreho.kb.internal.markdown;

import java.util.function.Predicate;

import org.commonmark.node.Node;

/**
 * Walks a Markdown tree without recursion, so that how deep a member's text nests never decides how deep our own
 * passes take the stack.
 */
final class Trees {

    private Trees() {
    }

    /**
     * Visits every node below {@code root} in document order; {@code enter} says for each node whether to visit its
     * children too. {@code enter} must not change the tree.
     */
    static void walk(Node root, Predicate<Node> enter) {
        Node node = root.getFirstChild();
        while (node != null) {
            Node next = enter.test(node) ? node.getFirstChild() : null;
            if (next == null) {
                Node up = node;
                while (up != root && up.getNext() == null) {
                    up = up.getParent();
                }
                next = up == root ? null : up.getNext();
            }
            node = next;
        }
    }
}
