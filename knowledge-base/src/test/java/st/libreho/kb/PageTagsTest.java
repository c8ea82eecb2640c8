package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.OPERATOR;
import static st.libreho.kb.WikiFixtures.OTHER_MEMBER;
import static st.libreho.kb.WikiFixtures.PERSON;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.Page;

/**
 * Tags through the facade: part of each revision (a revert restores them, a move keeps them), merged tag by tag when
 * two people save at once, and the pages with a tag listed and searched as far as the reader may see them. Each test
 * uses tags of its own ({@code uniquePath} makes valid ones), since the database is shared.
 */
@QuarkusTest
class PageTagsTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Directory directory;

    private String path;

    @BeforeEach
    void memberIsAMember() {
        WikiFixtures.members(directory);
        path = uniquePath("tagged");
    }

    private static PageEdit page(String title, String markdown, Visibility visibility, String... tags) {
        return new PageEdit(title, markdown, "en", visibility, null, List.of(tags));
    }

    private List<String> tags() {
        return knowledgeBase.page(path, MEMBER).orElseThrow().tags();
    }

    @Test
    void tagsArePartOfEachRevisionARevertRestoresThemAndAMoveKeepsThem() {
        String backup = uniquePath("backup");
        knowledgeBase.save(path, page("Backups", "Nightly.\n", Visibility.PUBLIC, " Email", backup.toUpperCase(),
                backup), null, MEMBER);
        assertEquals(List.of(backup, "email"), tags(), "trimmed, lower-cased, once, sorted");

        SaveResult retagged = knowledgeBase.save(path, page("Backups", "Nightly.\n", Visibility.PUBLIC, "tls"), 1,
                MEMBER);
        assertEquals(SaveOutcome.SAVED, retagged.outcome(), "a change of tags alone is a change of the page");
        assertEquals(List.of("tls"), retagged.saved().revision().tags());
        assertEquals(List.of("tls"), tags());
        assertEquals(List.of(backup, "email"), knowledgeBase.revision(path, 1, null).orElseThrow().revision().tags());

        // an edit that sends no tags (a client that knows nothing of them) keeps them
        knowledgeBase.save(path, WikiFixtures.publicPage("Backups", "Nightly, at two.\n"), 2, MEMBER);
        assertEquals(List.of("tls"), tags());

        SaveResult reverted = knowledgeBase.revert(path, 1, 3, "back to the first tags", MEMBER);
        assertEquals(List.of(backup, "email"), reverted.saved().revision().tags());
        assertEquals(List.of(backup, "email"), tags());
        assertEquals(List.of(path), knowledgeBase.pagesTagged(backup, 1, 10, null).items().stream()
                .map(PageLink::path).toList(), "the page is listed under the tags it has again");
        assertTrue(knowledgeBase.pagesTagged("tls", 1, 100, null).items().stream()
                .noneMatch(link -> link.path().equals(path)), "and no longer under the one it lost");

        String moved = uniquePath("moved");
        knowledgeBase.move(path, moved, null, MEMBER);
        assertEquals(List.of(backup, "email"), knowledgeBase.page(moved, null).orElseThrow().tags());
        assertEquals(List.of(moved), knowledgeBase.pagesTagged(backup, 1, 10, null).items().stream()
                .map(PageLink::path).toList());

        // an empty list removes them all
        knowledgeBase.save(moved, page("Backups", "Nightly, at two.\n", Visibility.PUBLIC), 5, MEMBER);
        assertEquals(List.of(), knowledgeBase.page(moved, null).orElseThrow().tags());
        assertEquals(0, knowledgeBase.pagesTagged(backup, 1, 10, null).total());
    }

    @Test
    void twoPeoplesChangesToTheTagsAreBothKeptAndOnlyTooManyTagsConflict() {
        knowledgeBase.save(path, page("Mail", "Postfix.\n", Visibility.PUBLIC, "email", "smtp"), null, MEMBER);
        // from revision 1, one removes smtp and adds dkim; the other adds spam
        knowledgeBase.save(path, page("Mail", "Postfix.\n", Visibility.PUBLIC, "dkim", "email"), 1, MEMBER);
        SaveResult merged = knowledgeBase.save(path, page("Mail", "Postfix.\n", Visibility.PUBLIC, "email", "smtp",
                "spam"), 1, OTHER_MEMBER);
        assertEquals(SaveOutcome.MERGED, merged.outcome());
        assertEquals(List.of("dkim", "email", "spam"), tags());

        String[] more = IntStream.rangeClosed(1, 8).mapToObj(i -> "more-" + i).toArray(String[]::new);
        knowledgeBase.save(path, page("Mail", "Postfix.\n", Visibility.PUBLIC, more), 3, MEMBER);
        String[] others = IntStream.rangeClosed(1, 8).mapToObj(i -> "other-" + i).toArray(String[]::new);
        SaveResult refused = knowledgeBase.save(path, page("Mail", "Postfix.\n", Visibility.PUBLIC, others), 3,
                OTHER_MEMBER);
        assertEquals(SaveOutcome.CONFLICT, refused.outcome());
        assertEquals(List.of("tags"), refused.conflict().conflicting());
        assertEquals(List.of(others), refused.conflict().yours().tags());
        assertEquals(List.of(more), refused.conflict().theirs().tags());
        assertEquals(List.of(more), tags(), "nothing was saved");
    }

    @Test
    void aTagsPagesAndCountsHoldOnlyWhatTheReaderMaySee() {
        String tag = uniquePath("handbook");
        String secret = uniquePath("secret");
        knowledgeBase.save(path, page("Zeta public", "Text.\n", Visibility.PUBLIC, tag), null, MEMBER);
        knowledgeBase.save(secret, page("Alpha secret", "Text.\n", Visibility.MEMBERS, tag), null, MEMBER);
        String hiddenOnly = uniquePath("hidden-only");
        knowledgeBase.save(uniquePath("secret"), page("Hidden", "Text.\n", Visibility.MEMBERS, hiddenOnly), null,
                MEMBER);

        for (st.libreho.platform.Actor reader : new st.libreho.platform.Actor[] { null, PERSON }) {
            assertEquals(List.of(path), knowledgeBase.pagesTagged(tag, 1, 10, reader).items().stream()
                    .map(PageLink::path).toList());
            assertEquals(1, count(tag, reader));
            assertEquals(0, knowledgeBase.pagesTagged(hiddenOnly, 1, 10, reader).total());
            assertEquals(0, count(hiddenOnly, reader), "a tag only members-only pages have does not exist");
        }
        for (st.libreho.platform.Actor reader : new st.libreho.platform.Actor[] { MEMBER, OPERATOR }) {
            assertEquals(List.of(secret, path), knowledgeBase.pagesTagged(tag.toUpperCase(), 1, 10, reader).items()
                    .stream().map(PageLink::path).toList(), "by title, whatever case the tag is written in");
            assertEquals(2, count(tag, reader));
            assertEquals(1, count(hiddenOnly, reader));
        }
        assertEquals(0, knowledgeBase.pagesTagged("not a tag!", 1, 10, MEMBER).total());
    }

    private long count(String tag, st.libreho.platform.Actor reader) {
        return knowledgeBase.tags(reader).stream().filter(count -> count.tag().equals(tag)).mapToLong(TagCount::pages)
                .sum();
    }

    @Test
    void aSearchStaysAmongThePagesWithTheTagAndATagAloneListsThem() {
        String tag = uniquePath("search");
        String word = "zq" + tag.substring(tag.lastIndexOf('-') + 1);
        String other = uniquePath("untagged");
        String secret = uniquePath("secret");
        knowledgeBase.save(path, page("Tagged guide", "About " + word + ".\n", Visibility.PUBLIC, tag), null,
                MEMBER);
        knowledgeBase.save(other, page("Untagged guide", "Also about " + word + ".\n", Visibility.PUBLIC), null,
                MEMBER);
        knowledgeBase.save(secret, page("Secret guide", "Secretly about " + word + ".\n", Visibility.MEMBERS, tag),
                null, MEMBER);

        assertEquals(2, knowledgeBase.search(word, 1, 10, null).total());
        assertEquals(List.of(path), paths(knowledgeBase.search(word, tag, 1, 10, null)));
        assertEquals(List.of(path), paths(knowledgeBase.search(word, " " + tag.toUpperCase(), 1, 10, null)));
        assertEquals(2, knowledgeBase.search(word, tag, 1, 10, MEMBER).total());
        assertEquals(0, knowledgeBase.search(word, "no-such-tag-" + word, 1, 10, null).total());
        assertEquals(0, knowledgeBase.search(word, "not a tag!", 1, 10, null).total());
        // the tag is searched as a word too
        assertTrue(paths(knowledgeBase.search(tag, 1, 10, null)).contains(path));

        Page<SearchHit> listed = knowledgeBase.search("", tag, 1, 10, null);
        assertEquals(List.of(path), paths(listed));
        assertEquals("About " + word + ".", listed.items().get(0).snippet(), "the start of its text");
        assertEquals(List.of(secret, path), paths(knowledgeBase.search(null, tag, 1, 10, MEMBER)));
    }

    private static List<String> paths(Page<SearchHit> hits) {
        return hits.items().stream().map(SearchHit::path).toList();
    }

    @Test
    void aBadTagIsRefusedNamingTheTagsField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> knowledgeBase.save(path,
                page("Bad", "Text.\n", Visibility.PUBLIC, "ok", "not ok!"), null, MEMBER));
        assertEquals(List.of("tags"), refused.problems().stream().map(st.libreho.platform.FieldProblem::field)
                .toList());
        assertTrue(knowledgeBase.page(path, MEMBER).isEmpty(), "nothing was saved");
    }
}
