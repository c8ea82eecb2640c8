package st.libreho.registry.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateData;
import st.libreho.registry.VersionComparison;

/**
 * One file's unified diff as a page shows it: its hunks' lines, each marked added, removed or unchanged with its
 * number in the old and the new file, and each hunk's header as a separator. The headers before the first hunk
 * ({@code diff --git}, {@code ---}, {@code +++}) are left out: the page names the file and its change itself.
 */
@TemplateData
public record DiffLines(VersionComparison.FileChange change, int number, List<Line> lines) {

    /**
     * A line of the diff.
     *
     * @param kind {@code ADDED}, {@code REMOVED}, {@code CONTEXT}, {@code HUNK} (a hunk's header) or {@code NOTE}
     *        (git's "No newline at end of file")
     */
    @TemplateData
    public record Line(String kind, Integer oldNumber, Integer newNumber, String text) {

        public boolean isHunk() {
            return kind.equals("HUNK");
        }

        /** The sign a line starts with in the unified diff, for readers without colours. */
        public String sign() {
            return switch (kind) {
                case "ADDED" -> "+";
                case "REMOVED" -> "-";
                default -> " ";
            };
        }
    }

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@(.*)");

    static List<DiffLines> of(List<VersionComparison.FileChange> changes) {
        List<DiffLines> files = new ArrayList<>();
        for (VersionComparison.FileChange change : changes) {
            files.add(new DiffLines(change, files.size() + 1, lines(change.diff())));
        }
        return files;
    }

    static List<Line> lines(String diff) {
        List<Line> lines = new ArrayList<>();
        boolean inHunks = false;
        int oldLine = 0;
        int newLine = 0;
        for (String line : diff.split("\n", -1)) {
            Matcher hunk = HUNK.matcher(line);
            if (hunk.matches()) {
                inHunks = true;
                oldLine = Integer.parseInt(hunk.group(1));
                newLine = Integer.parseInt(hunk.group(2));
                lines.add(new Line("HUNK", null, null, line));
            } else if (!inHunks || line.isEmpty()) {
                continue; // the file's headers, and the end of the text
            } else if (line.startsWith("+")) {
                lines.add(new Line("ADDED", null, newLine++, line.substring(1)));
            } else if (line.startsWith("-")) {
                lines.add(new Line("REMOVED", oldLine++, null, line.substring(1)));
            } else if (line.startsWith("\\")) {
                lines.add(new Line("NOTE", null, null, line));
            } else {
                lines.add(new Line("CONTEXT", oldLine++, newLine++, line.substring(1)));
            }
        }
        return lines;
    }

    /** The file's anchor on the page. */
    public String anchor() {
        return "diff-" + number;
    }
}
