package st.libreho.kb.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/** Tags as the rules keep them, and as the merge of two saves combines them, without a database. */
class PageTagRulesTest {

    private static PageEdit tagged(String... tags) {
        return new PageEdit("Title", "Text.\n", "en", Visibility.PUBLIC, null, Arrays.asList(tags));
    }

    private static List<FieldProblem> problems(String... tags) {
        return assertThrows(InvalidInputException.class, () -> PageRules.edit(tagged(tags), "guides/tls"))
                .problems();
    }

    @Test
    void tagsAreTrimmedLowerCasedSortedAndKeptOnce() {
        PageEdit edit = PageRules.edit(tagged(" TLS-Certificates ", "email", "Backup", "backup", "", "  ", null),
                "guides/tls");
        assertEquals(List.of("backup", "email", "tls-certificates"), edit.tags());
    }

    @Test
    void noTagsSentStaysNoTagsSentSoThatTheTagsAsTheyWereAreKept() {
        assertNull(PageRules.edit(new PageEdit("Title", "Text.\n", "en", Visibility.PUBLIC, null), "a").tags());
        assertEquals(List.of(), PageRules.edit(tagged(), "a").tags());
    }

    @Test
    void aTagThatIsNotOneIsRefusedNamingTheFieldAndSayingWhatWouldDo() {
        List<FieldProblem> problems = problems("backup", "Sécurité des données");
        assertEquals(1, problems.size());
        FieldProblem problem = problems.get(0);
        assertEquals("tags", problem.field());
        assertEquals("tag_characters", problem.code());
        assertEquals(List.of("sécurité des données", "securite-des-donnees"), problem.arguments());
        assertTrue(problem.message().contains("'securite-des-donnees' would do"), problem.message());
        for (String bad : new String[] { "-backup", "backup-", "back--up", "back_up", "tls.certificates" }) {
            assertEquals("tag_characters", problems(bad).get(0).code(), bad);
        }
    }

    @Test
    void aPageHasAtMostTenTagsOfAtMostFortyCharacters() {
        assertEquals("tag_length", problems("a".repeat(41)).get(0).code());
        assertEquals(List.of("a".repeat(40)), PageRules.edit(tagged("a".repeat(40)), "a").tags());

        String[] eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "tag-" + i).toArray(String[]::new);
        FieldProblem tooMany = problems(eleven).get(0);
        assertEquals("too_many_tags", tooMany.code());
        assertEquals(List.of("10", "11"), tooMany.arguments());
        assertEquals(10, PageRules.edit(tagged(Arrays.copyOf(eleven, 10)), "a").tags().size());
        // the same tag twice counts once
        List<String> twice = new ArrayList<>(Arrays.asList(Arrays.copyOf(eleven, 10)));
        twice.add("TAG-1");
        assertEquals(10, PageRules.edit(tagged(twice.toArray(String[]::new)), "a").tags().size());
    }

    @Test
    void theWikisTagAddressesAreNoPagesPaths() {
        for (String path : new String[] { "tags", "tags/backup" }) {
            assertEquals("path_reserved", assertThrows(InvalidInputException.class,
                    () -> PageRules.path("path", path)).problems().get(0).code(), path);
        }
        assertEquals("guides/tags", PageRules.path("path", "guides/tags"));
    }

    @Test
    void eachSidesAdditionsAndRemovalsOfTagsAreKept() {
        List<String> base = List.of("backup", "email", "tls");
        // one removed email and added dns; the other removed tls and added nextcloud
        assertEquals(List.of("backup", "dns", "nextcloud"), PageMerge.tags(base, List.of("backup", "dns", "tls"),
                List.of("backup", "email", "nextcloud")));
        // the same tag added by both is there once; a tag only one side still has, and the base had, is gone
        assertEquals(List.of("dns"), PageMerge.tags(List.of("a"), List.of("dns"), List.of("a", "dns")));

        PageMerge merge = PageMerge.of(tagged("backup"), tagged("backup", "dns"), tagged("email"));
        assertTrue(merge.isClean());
        assertEquals(List.of("dns", "email"), merge.result().tags());
    }

    @Test
    void tagsThatTogetherWouldBeTooManyAreAConflictNeverCutShort() {
        String[] ours = IntStream.rangeClosed(1, 6).mapToObj(i -> "ours-" + i).toArray(String[]::new);
        String[] theirs = IntStream.rangeClosed(1, 6).mapToObj(i -> "theirs-" + i).toArray(String[]::new);
        PageMerge merge = PageMerge.of(tagged(), tagged(ours), tagged(theirs));
        assertEquals(List.of("tags"), merge.conflicting());
    }
}
