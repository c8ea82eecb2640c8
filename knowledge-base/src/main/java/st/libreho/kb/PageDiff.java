package st.libreho.kb;

import java.util.List;

/**
 * What changed between two revisions of a page: their details, and the lines of their texts that differ, with a
 * few unchanged lines around each change.
 */
public record PageDiff(String path, String title, RevisionSummary from, RevisionSummary to, List<DiffLine> lines) {

    public PageDiff {
        lines = List.copyOf(lines);
    }

    /** Whether the two texts are the same. */
    public boolean textUnchanged() {
        return lines.isEmpty();
    }
}
