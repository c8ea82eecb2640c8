package st.libreho.kb.internal.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words of a part of the text as a reader sees them, without the Markdown: for a heading's anchor and TOC entry. */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        Trees.walk(node, child -> {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof HtmlInline html) {
                text.append(html.getLiteral()); // raw HTML is shown as written (ADR 0010), so it is part of the words
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            }
            return true;
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
