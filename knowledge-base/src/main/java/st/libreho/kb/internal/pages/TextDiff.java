package st.libreho.kb.internal.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

import st.libreho.kb.DiffLine;
import st.libreho.kb.DiffSegment;

/**
 * The lines that differ between two texts, by JGit's histogram diff, with a few unchanged lines around each change;
 * inside a changed line paired with its replacement, a second histogram diff over words marks what changed.
 */
final class TextDiff {

    /** Unchanged lines shown before and after each change. */
    static final int CONTEXT = 3;

    /** Beyond this length a changed line is marked as a whole: a word diff of a huge line would cost too much. */
    static final int MAX_WORD_DIFF_LINE = 10_000;

    private static final HistogramDiff DIFF = TextMerge.boundedDiff();

    private TextDiff() {
    }

    /** The diff from {@code older} to {@code newer}; empty when they have the same lines. */
    static List<DiffLine> lines(String older, String newer) {
        RawText a = TextMerge.raw(older);
        RawText b = TextMerge.raw(newer);
        EditList edits = DIFF.diff(RawTextComparator.DEFAULT, a, b);
        List<DiffLine> lines = new ArrayList<>();
        int shownUpTo = 0; // the older text's lines before this one are shown or left out already
        int i = 0;
        while (i < edits.size()) {
            // a hunk: edits whose surrounding context touches or overlaps
            int last = i;
            while (last + 1 < edits.size()
                    && edits.get(last + 1).getBeginA() - edits.get(last).getEndA() <= 2 * CONTEXT) {
                last++;
            }
            Edit first = edits.get(i);
            int start = Math.max(shownUpTo, first.getBeginA() - CONTEXT);
            if (start > shownUpTo) {
                lines.add(gap());
            }
            int offset = first.getBeginB() - first.getBeginA();
            context(lines, a, start, first.getBeginA(), offset);
            for (int k = i; k <= last; k++) {
                Edit edit = edits.get(k);
                changed(lines, a, b, edit);
                int until = k < last ? edits.get(k + 1).getBeginA() : Math.min(a.size(), edit.getEndA() + CONTEXT);
                context(lines, a, edit.getEndA(), until, edit.getEndB() - edit.getEndA());
                shownUpTo = until;
            }
            i = last + 1;
        }
        if (!lines.isEmpty() && shownUpTo < a.size()) {
            lines.add(gap());
        }
        return lines;
    }

    private static DiffLine gap() {
        return new DiffLine(DiffLine.Kind.GAP, null, null, List.of());
    }

    private static void context(List<DiffLine> lines, RawText a, int from, int to, int offset) {
        for (int line = from; line < to; line++) {
            lines.add(new DiffLine(DiffLine.Kind.CONTEXT, line + 1, line + 1 + offset,
                    List.of(new DiffSegment(a.getString(line), false))));
        }
    }

    /** Removed lines, then added ones; the first removed and added lines are paired for a word diff. */
    private static void changed(List<DiffLine> lines, RawText a, RawText b, Edit edit) {
        int paired = Math.min(edit.getLengthA(), edit.getLengthB());
        List<List<DiffSegment>> newSegments = new ArrayList<>();
        for (int k = 0; k < edit.getLengthA(); k++) {
            String oldLine = a.getString(edit.getBeginA() + k);
            List<DiffSegment> segments;
            if (k < paired) {
                WordDiff words = WordDiff.of(oldLine, b.getString(edit.getBeginB() + k));
                segments = words.older();
                newSegments.add(words.newer());
            } else {
                segments = List.of(new DiffSegment(oldLine, true));
            }
            lines.add(new DiffLine(DiffLine.Kind.REMOVED, edit.getBeginA() + k + 1, null, segments));
        }
        for (int k = 0; k < edit.getLengthB(); k++) {
            List<DiffSegment> segments = k < paired ? newSegments.get(k)
                    : List.of(new DiffSegment(b.getString(edit.getBeginB() + k), true));
            lines.add(new DiffLine(DiffLine.Kind.ADDED, null, edit.getBeginB() + k + 1, segments));
        }
    }

    /** The words of a changed line and of its replacement, each marked changed or kept. */
    record WordDiff(List<DiffSegment> older, List<DiffSegment> newer) {

        static WordDiff of(String oldLine, String newLine) {
            if (oldLine.length() > MAX_WORD_DIFF_LINE || newLine.length() > MAX_WORD_DIFF_LINE) {
                return new WordDiff(List.of(new DiffSegment(oldLine, true)), List.of(new DiffSegment(newLine, true)));
            }
            Words a = Words.of(oldLine);
            Words b = Words.of(newLine);
            EditList edits = DIFF.diff(Words.COMPARATOR, a, b);
            List<DiffSegment> older = new ArrayList<>();
            List<DiffSegment> newer = new ArrayList<>();
            int keptA = 0;
            int keptB = 0;
            for (Edit edit : edits) {
                append(older, a.join(keptA, edit.getBeginA()), false);
                append(newer, b.join(keptB, edit.getBeginB()), false);
                append(older, a.join(edit.getBeginA(), edit.getEndA()), true);
                append(newer, b.join(edit.getBeginB(), edit.getEndB()), true);
                keptA = edit.getEndA();
                keptB = edit.getEndB();
            }
            append(older, a.join(keptA, a.size()), false);
            append(newer, b.join(keptB, b.size()), false);
            return new WordDiff(older, newer);
        }

        private static void append(List<DiffSegment> segments, String text, boolean changed) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).changed() == changed) {
                segments.set(last, new DiffSegment(segments.get(last).text() + text, changed));
            } else {
                segments.add(new DiffSegment(text, changed));
            }
        }
    }

    /** A line as words, runs of spaces, and single other characters (punctuation), for the word diff. */
    static final class Words extends Sequence {

        static final SequenceComparator<Words> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(Words a, int ai, Words b, int bi) {
                return a.tokens.get(ai).equals(b.tokens.get(bi));
            }

            @Override
            public int hash(Words sequence, int index) {
                return sequence.tokens.get(index).hashCode();
            }
        };

        private final List<String> tokens;

        private Words(List<String> tokens) {
            this.tokens = tokens;
        }

        static Words of(String line) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < line.length()) {
                int start = i;
                int c = line.codePointAt(i);
                if (isWordCharacter(c)) {
                    while (i < line.length() && isWordCharacter(line.codePointAt(i))) {
                        i += Character.charCount(line.codePointAt(i));
                    }
                } else if (Character.isWhitespace(c)) {
                    while (i < line.length() && Character.isWhitespace(line.codePointAt(i))) {
                        i += Character.charCount(line.codePointAt(i));
                    }
                } else {
                    i += Character.charCount(c);
                }
                tokens.add(line.substring(start, i));
            }
            return new Words(tokens);
        }

        private static boolean isWordCharacter(int c) {
            int type = Character.getType(c);
            return Character.isLetterOrDigit(c) || c == '_' || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        String join(int from, int to) {
            return String.join("", tokens.subList(from, to));
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }
}
