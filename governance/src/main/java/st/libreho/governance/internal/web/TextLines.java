package st.libreho.governance.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import io.quarkus.qute.TemplateData;

/**
 * The lines that differ between two versions of a proposal's text, by JGit's histogram diff (as the knowledge base
 * compares its revisions), with a few unchanged lines around each change and a gap for the others.
 */
final class TextLines {

    /** One line of the diff: {@code ADDED}, {@code REMOVED}, {@code CONTEXT}, or {@code GAP} for lines left out. */
    @TemplateData
    public record Line(String kind, Integer oldNumber, Integer newNumber, String text) {

        public boolean isGap() {
            return kind.equals("GAP");
        }

        /** The sign a line starts with in a unified diff, for readers without colours. */
        public String sign() {
            return switch (kind) {
                case "ADDED" -> "+";
                case "REMOVED" -> "-";
                default -> " ";
            };
        }
    }

    /** Unchanged lines shown before and after each change. */
    static final int CONTEXT = 3;

    private TextLines() {
    }

    /** The diff from {@code older} to {@code newer}; empty when they have the same lines. */
    static List<Line> diff(String older, String newer) {
        RawText a = raw(older);
        RawText b = raw(newer);
        EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
        List<Line> lines = new ArrayList<>();
        int shownUpTo = 0; // lines of the older text before this one are shown or left out already
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            int start = Math.max(shownUpTo, edit.getBeginA() - CONTEXT);
            if (start > shownUpTo) {
                lines.add(new Line("GAP", null, null, ""));
            }
            context(lines, a, start, edit.getBeginA(), edit.getBeginB() - edit.getBeginA());
            for (int line = edit.getBeginA(); line < edit.getEndA(); line++) {
                lines.add(new Line("REMOVED", line + 1, null, a.getString(line)));
            }
            for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
                lines.add(new Line("ADDED", null, line + 1, b.getString(line)));
            }
            // the context after a change stops where the next change's context starts
            int next = i + 1 < edits.size() ? edits.get(i + 1).getBeginA() : a.size();
            int until = Math.min(next, edit.getEndA() + CONTEXT);
            context(lines, a, edit.getEndA(), until, edit.getEndB() - edit.getEndA());
            shownUpTo = until;
        }
        if (!lines.isEmpty() && shownUpTo < a.size()) {
            lines.add(new Line("GAP", null, null, ""));
        }
        return lines;
    }

    private static void context(List<Line> lines, RawText a, int from, int to, int offset) {
        for (int line = from; line < to; line++) {
            lines.add(new Line("CONTEXT", line + 1, line + 1 + offset, a.getString(line)));
        }
    }

    private static RawText raw(String text) {
        String normalised = text == null ? "" : text.replace("\r\n", "\n");
        if (!normalised.isEmpty() && !normalised.endsWith("\n")) {
            normalised += "\n"; // the last line compares equal whether or not it ends the text
        }
        return new RawText(normalised.getBytes(StandardCharsets.UTF_8));
    }
}
