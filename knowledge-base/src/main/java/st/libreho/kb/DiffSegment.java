package st.libreho.kb;

/**
 * A piece of a changed line: words that changed between the two revisions, or words both share.
 *
 * @param changed whether this piece is what was removed (on a removed line) or added (on an added line)
 */
public record DiffSegment(String text, boolean changed) {
}
