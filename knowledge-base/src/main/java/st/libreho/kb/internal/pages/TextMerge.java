package st.libreho.kb.internal.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

/**
 * The three-way merge of a page's text, line by line, by JGit's {@link MergeAlgorithm} (the merge git itself
 * performs, over histogram diffs): changes from both sides are kept when they touch different lines; changes to the
 * same or to adjacent lines conflict (ADR 0011). Texts are stored with {@code \n} line ends and a final line break
 * ({@link PageRules#text}), so that every line compared and every line kept carries its end.
 */
final class TextMerge {

    /**
     * @param text the merged text; null on a conflict
     */
    record Result(String text, boolean conflict) {
    }

    private TextMerge() {
    }

    /**
     * Histogram diff without its fallback: where every line of a region repeats more than 64 times, JGit would fall
     * back to Myers' algorithm, whose cost grows with the text's length times its differences (minutes for two
     * 1 MB texts of alternating lines, which anyone may ask a diff of). Without it, such a region is one replaced
     * block: a coarser answer, in bounded time.
     */
    static HistogramDiff boundedDiff() {
        HistogramDiff diff = new HistogramDiff();
        diff.setFallbackAlgorithm(null);
        return diff;
    }

    /**
     * @param base the text both sides started from
     * @param ours the text as it is now (what others saved)
     * @param theirs the text the person sends
     */
    static Result merge(String base, String ours, String theirs) {
        MergeAlgorithm algorithm = new MergeAlgorithm(boundedDiff());
        MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, raw(base), raw(ours), raw(theirs));
        if (result.containsConflicts()) {
            return new Result(null, true);
        }
        List<RawText> sequences = result.getSequences();
        StringBuilder merged = new StringBuilder(Math.max(ours.length(), theirs.length()));
        for (MergeChunk chunk : result) {
            if (chunk.getBegin() < chunk.getEnd()) {
                merged.append(sequences.get(chunk.getSequenceIndex()).getString(chunk.getBegin(), chunk.getEnd(),
                        false));
            }
        }
        return new Result(merged.toString(), false);
    }

    static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
