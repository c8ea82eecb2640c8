package st.libreho.kb.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The line merge's edges, as people meet them: which edits merge, which conflict, and nothing run together. */
class TextMergeTest {

    private static final String BASE = "one\ntwo\nthree\nfour\nfive\n";

    /** Generous: the diff must not take the minutes Myers' algorithm would; this is a bound, not a speed. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void textsOfOnlyRepeatedLinesAreDiffedAndMergedInBoundedTime() {
        // every line repeats far more than 64 times: where JGit's histogram diff would fall back to Myers
        Random random = new Random(7);
        String older = repeatedLines(random);
        String newer = repeatedLines(random);

        assertTimeoutPreemptively(BOUND, () -> TextDiff.lines(older, newer));
        assertTimeoutPreemptively(BOUND, () -> TextMerge.merge(older, newer, repeatedLines(random)));
    }

    private static String repeatedLines(Random random) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append(random.nextBoolean() ? "a\n" : "b\n");
        }
        return text.toString();
    }

    @Test
    void editsWithAnUnchangedLineBetweenThemMerge() {
        TextMerge.Result result = TextMerge.merge(BASE, "ONE\ntwo\nthree\nfour\nfive\n",
                "one\ntwo\nTHREE\nfour\nfive\n");
        assertFalse(result.conflict());
        assertEquals("ONE\ntwo\nTHREE\nfour\nfive\n", result.text());
    }

    @Test
    void editsOfAdjacentLinesConflictAsInGit() {
        assertTrue(TextMerge.merge(BASE, "one\nTWO\nthree\nfour\nfive\n", "one\ntwo\nTHREE\nfour\nfive\n")
                .conflict());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        TextMerge.Result result = TextMerge.merge(BASE, "one\ntwo\n3\nfour\nfive\n", "one\ntwo\n3\nfour\nfive\n");
        assertFalse(result.conflict());
        assertEquals("one\ntwo\n3\nfour\nfive\n", result.text());
    }

    @Test
    void aLineAddedAtTheEndStaysALineOfItsOwn() {
        // texts are stored with a final line break (PageRules.text): a line added after the last never joins it
        String base = PageRules.text("one\ntwo");
        TextMerge.Result result = TextMerge.merge(base, PageRules.text("ONE\ntwo"), PageRules.text("one\ntwo\nthree"));
        assertFalse(result.conflict());
        assertEquals("ONE\ntwo\nthree\n", result.text());
    }

    @Test
    void aDeletedLineAgainstAnEditOfItConflicts() {
        assertTrue(TextMerge.merge(BASE, "one\ntwo\nfour\nfive\n", "one\ntwo\nthree, longer\nfour\nfive\n")
                .conflict());
    }

    @Test
    void theWordDiffMarksOnlyTheWordsThatChanged() {
        TextDiff.WordDiff words = TextDiff.WordDiff.of("Back up every night, at two.", "Back up every day, at two.");
        assertEquals("[DiffSegment[text=Back up every , changed=false], DiffSegment[text=night, changed=true], "
                + "DiffSegment[text=, at two., changed=false]]", words.older().toString());
        assertEquals("day", words.newer().get(1).text());
    }
}
