package st.libreho.registry.internal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.util.QuotedString;

/**
 * One file's diff in git's format: JGit's histogram diff (git's own algorithm, which keeps moved blocks readable)
 * finds the edits, JGit's formatter writes the hunks with three lines of context and the "No newline at end of file"
 * marks, and the headers are written here as git writes them for a file without history.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final DiffAlgorithm HISTOGRAM = new HistogramDiff();
    private static final String NO_FILE = "/dev/null";

    private UnifiedDiff() {
    }

    /** The change from {@code before} to {@code after}, either of which is null for a file added or removed. */
    static FileChange of(String path, String before, String after) {
        ChangeKind kind = before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.MODIFIED;
        RawText a = text(before);
        RawText b = text(after);
        EditList edits = HISTOGRAM.diff(RawTextComparator.DEFAULT, a, b);
        int additions = 0;
        int deletions = 0;
        for (Edit edit : edits) {
            additions += edit.getLengthB();
            deletions += edit.getLengthA();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String oldName = quoted("a/" + path);
        String newName = quoted("b/" + path);
        line(out, "diff --git " + oldName + " " + newName);
        if (kind == ChangeKind.ADDED) {
            line(out, "new file mode 100644");
        } else if (kind == ChangeKind.REMOVED) {
            line(out, "deleted file mode 100644");
        }
        // an empty file added or removed has no hunk, and git then writes no ---/+++ lines either
        if (!edits.isEmpty()) {
            line(out, "--- " + (kind == ChangeKind.ADDED ? NO_FILE : oldName));
            line(out, "+++ " + (kind == ChangeKind.REMOVED ? NO_FILE : newName));
            try (DiffFormatter formatter = new DiffFormatter(out)) {
                formatter.setContext(CONTEXT);
                formatter.format(edits, a, b);
                formatter.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
            }
        }
        return new FileChange(path, kind, out.toString(StandardCharsets.UTF_8), additions, deletions);
    }

    private static RawText text(String content) {
        return content == null ? RawText.EMPTY_TEXT : new RawText(content.getBytes(StandardCharsets.UTF_8));
    }

    /** As git quotes a path: in double quotes with C escapes when it holds '"', '\' or a control character. */
    private static String quoted(String path) {
        return QuotedString.GIT_PATH_MINIMAL.quote(path);
    }

    private static void line(ByteArrayOutputStream out, String line) {
        out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
