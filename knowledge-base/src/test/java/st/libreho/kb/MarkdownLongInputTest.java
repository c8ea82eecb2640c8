package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import st.libreho.kb.internal.markdown.MarkdownRenderer;

/**
 * A text of a megabyte built to hurt (deep nesting, runs of markup) renders in bounded time, without overflowing the
 * stack, and keeps its words. commonmark-java's HTML renderer recurses, so 10,000 nested quotes overflowed the stack
 * until the parser was told to read what nests deeper than a bound as text; and before 0.32, a run of {@code <} or of
 * {@code - } took time quadratic in its length (minutes for a megabyte). The time bound is loose: the machine may be
 * busy.
 */
class MarkdownLongInputTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration BOUND = Duration.ofSeconds(20);

    private final KnowledgeBase knowledgeBase = new KnowledgeBase(new MarkdownRenderer(), null, null, null, null, null,
            null, null);

    /** Renders on a thread of its own, as a request would, within the bound. */
    private String render(String markdown) {
        assertTrue(markdown.length() >= 10_000, "the text is as long as meant");
        return assertTimeoutPreemptively(BOUND, () -> knowledgeBase.render(markdown).html());
    }

    @Test
    void tenThousandNestedQuotes() {
        String html = render(">".repeat(10_000) + " deep words\n");
        int quotes = count(html, "<blockquote>");
        assertAll(() -> assertTrue(html.contains("deep words")),
                () -> assertTrue(quotes > 10 && quotes <= 64, quotes + " quotes: those beyond the bound are text"));
    }

    @Test
    void aMegabyteOfNestedQuotes() {
        String html = render(">".repeat(MEGABYTE) + " deep words\n");
        assertTrue(html.contains("deep words"));
    }

    @Test
    void aMegabyteOfNestedListItemsOnOneLine() {
        String html = render("- ".repeat(MEGABYTE / 2) + "deep item\n");
        assertTrue(html.contains("deep item"));
    }

    @Test
    void aMegabyteOfIndentedNestedLists() {
        StringBuilder markdown = new StringBuilder();
        for (int level = 0; markdown.length() < MEGABYTE; level++) {
            markdown.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        String html = render(markdown.toString());
        assertAll(() -> assertTrue(html.contains("item 0")), () -> assertTrue(html.contains("item 1000")));
    }

    @Test
    void quotesAndListsInterleaved() {
        String html = render("> - ".repeat(MEGABYTE / 4) + "deep words\n");
        assertTrue(html.contains("deep words"));
    }

    @Test
    void deeplyNestedEmphasis() {
        int depth = 50_000;
        String html = render("*a ".repeat(depth) + "middle" + " b*".repeat(depth));
        assertTrue(html.contains("middle"));
    }

    @Test
    void linksInsideLinkTexts() {
        int depth = 50_000;
        String html = render("[".repeat(depth) + "label" + "](/x)".repeat(depth));
        assertTrue(html.contains("label"));
    }

    @Test
    void runsOfUnclosedMarkup() {
        List<Supplier<String>> texts = List.of(
                () -> "[[".repeat(MEGABYTE / 2),
                () -> "[[a|".repeat(MEGABYTE / 4),
                () -> "*_".repeat(MEGABYTE / 2),
                () -> "`".repeat(MEGABYTE),
                () -> "<".repeat(MEGABYTE),
                () -> "[a](".repeat(MEGABYTE / 4),
                () -> "|a".repeat(MEGABYTE / 2) + "\n" + "|-".repeat(MEGABYTE / 2) + "\n");
        assertAll(texts.stream().map(text -> () -> render(text.get())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false, value = {
            "at the top;;", "in a quote;> ;> ", "in a list item;- ;  " })
    void tablesThatWouldFillMillionsOfCellsShowAsText(String where, String first, String next) {
        // 200 columns over 240 short rows: 48,000 cells from 1.5 kB, so that 256 kB would make 8 million
        String table = nullToEmpty(first) + "|a".repeat(200) + "\n" + nullToEmpty(next) + "|-".repeat(200) + "\n"
                + (nullToEmpty(next) + "|x\n").repeat(240) + "\n";
        String html = render(table.repeat(MEGABYTE / 4 / table.length()));
        assertAll(() -> assertFalse(html.contains("<table>")), () -> assertTrue(html.contains("|a|a|a")));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Test
    void aLargeHonestTableIsStillATable() {
        String table = "| Member | Service | Country | Since | Contact |\n|---|---|---|---|---|\n"
                + "| Zaclys | Mail | FR | 2017 | contact@example.org |\n".repeat(15_000);
        String html = render(table);
        assertAll(() -> assertEquals(1, count(html, "<table>")), () -> assertEquals(15_001, count(html, "<tr>")));
    }

    @Test
    void aMegabyteOfOrdinaryText() {
        String paragraph = "## Titre\n\nLes données sont **chiffrées** et [[Sauvegardes|sauvegardées]] chaque nuit.\n\n";
        String html = render(paragraph.repeat(MEGABYTE / paragraph.length() + 1));
        assertTrue(html.contains("titre-1000"), "headings keep unique ids however many there are");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
