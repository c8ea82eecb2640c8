package st.libreho.kb;

import java.util.List;

/**
 * One line of a diff between two texts.
 *
 * @param oldNumber the line's number in the older text (from 1), null for an added line or a gap
 * @param newNumber the line's number in the newer text (from 1), null for a removed line or a gap
 * @param segments the line's text; on a changed line, the words that changed are marked
 */
public record DiffLine(Kind kind, Integer oldNumber, Integer newNumber, List<DiffSegment> segments) {

    public enum Kind {
        /** Unchanged, shown around a change. */
        CONTEXT,
        /** Only in the older text. */
        REMOVED,
        /** Only in the newer text. */
        ADDED,
        /** Unchanged lines left out. */
        GAP
    }

    public DiffLine {
        segments = List.copyOf(segments);
    }

    /** The whole line, as text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
