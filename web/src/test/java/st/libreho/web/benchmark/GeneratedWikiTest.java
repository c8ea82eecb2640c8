package st.libreho.web.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The knowledge-base benchmark's wiki is what its figures claim to measure. */
class GeneratedWikiTest {

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]+))?\\]\\]");
    /** As the wiki writes a path (WikiPaths): lower-case words separated by '/'. */
    private static final Pattern NORMALISED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    private final GeneratedWiki wiki = new GeneratedWiki(1000);

    @Test
    void halfTheWikiIsEnglishHalfFrenchUnderPathsAsTheWikiWritesThem() {
        assertEquals("bench/en/page-1", GeneratedWiki.path(0));
        assertEquals("bench/fr/page-1", GeneratedWiki.path(1));
        assertEquals("bench/fr/page-500", GeneratedWiki.path(999));
        Set<String> paths = new HashSet<>();
        for (int index = 0; index < wiki.size(); index++) {
            GeneratedWiki.Page page = wiki.page(index);
            assertTrue(NORMALISED.matcher(page.path()).matches(), page.path());
            assertTrue(page.path().startsWith("bench/" + page.language() + "/"), page.path());
            assertTrue(paths.add(page.path()), "two pages at " + page.path());
        }
        assertEquals(500, IntStream.range(0, wiki.size()).filter(i -> wiki.page(i).language().equals("fr")).count());
    }

    @Test
    void everyPageIsAbout5KbWithHeadingsAListAndATable() {
        for (int index = 0; index < wiki.size(); index++) {
            String markdown = wiki.page(index).markdown();
            int bytes = markdown.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes > 4_600 && bytes < 5_800, wiki.page(index).path() + " has " + bytes + " bytes");
            assertTrue(markdown.contains("\n## "), "a heading");
            assertTrue(markdown.contains("\n- "), "a list");
            assertTrue(markdown.contains("| --- | --- | ---: |"), "a table");
        }
    }

    @Test
    void everyPageLinksFiveToTenOtherPagesOfTheWikiItsTranslationFirst() {
        Set<String> paths = new HashSet<>();
        IntStream.range(0, wiki.size()).forEach(index -> paths.add(GeneratedWiki.path(index)));
        for (int index = 0; index < wiki.size(); index++) {
            GeneratedWiki.Page page = wiki.page(index);
            Set<String> written = new LinkedHashSet<>();
            Matcher link = WIKI_LINK.matcher(page.markdown());
            boolean labelled = false;
            while (link.find()) {
                written.add(link.group(1));
                labelled |= link.group(2) != null;
            }
            assertEquals(page.links(), written, "the kb.link rows are the links of the text, of " + page.path());
            assertTrue(labelled, "some links have a label");
            assertTrue(page.links().size() >= 5 && page.links().size() <= 10, page.path() + ": " + page.links());
            assertFalse(page.links().contains(page.path()), page.path() + " links to itself");
            assertTrue(paths.containsAll(page.links()), page.path() + " links outside the wiki: " + page.links());
            assertEquals(GeneratedWiki.path(index ^ 1), page.links().iterator().next(), "its translation first");
        }
    }

    @Test
    void frenchPagesHaveTheirAccentsAndThePagesAreTheSameEveryTime() {
        GeneratedWiki.Page french = wiki.page(1);
        assertTrue(french.markdown().chars().anyMatch(c -> "éèàçêâ".indexOf(c) >= 0), french.markdown());
        assertEquals(french, new GeneratedWiki(1000).page(1));
        assertEquals("securite hebergement", GeneratedWiki.withoutAccents("sécurité hébergement"));
    }

    @Test
    void searchesAskForTwoWordsADifferentQueryEachTimeSomeWithoutAccents() {
        Supplier<String> queries = GeneratedWiki.searchQueries(7);
        List<String> asked = IntStream.range(0, 5_000)
                .mapToObj(i -> URLDecoder.decode(queries.get(), StandardCharsets.UTF_8)).toList();
        assertEquals(asked.size(), new HashSet<>(asked).size(), "a query was asked twice");
        assertTrue(asked.stream().allMatch(query -> query.split(" ").length == 2), asked.get(0));
        assertTrue(asked.stream().anyMatch(query -> query.contains("é")), "French words with their accents");
        assertTrue(asked.stream().anyMatch(query -> query.matches("(.* )?(securite|hebergement|reseau)( .*)?")),
                "French words without their accents, which must find the pages with them");
    }
}
