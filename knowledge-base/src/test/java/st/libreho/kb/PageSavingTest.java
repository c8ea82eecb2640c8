package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.OTHER_MEMBER;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/**
 * Saving pages through the facade: no edit is ever lost. Two people start from the same revision; what they change
 * on different lines is merged, what they change on the same lines comes back as a conflict with both texts, and
 * nothing is written then.
 */
@QuarkusTest
class PageSavingTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Directory directory;

    @Inject
    DataSource dataSource;

    private String path;
    private String original;

    @BeforeEach
    void aPageOfTenLines() {
        WikiFixtures.members(directory);
        path = uniquePath("guide");
        original = lines(10);
        SaveResult created = knowledgeBase.save(path, publicPage("Backups", original), null, MEMBER);
        assertEquals(SaveOutcome.CREATED, created.outcome());
        assertEquals(1, created.saved().revision().number());
    }

    private String current() {
        return knowledgeBase.page(path, MEMBER).orElseThrow().markdown();
    }

    @Test
    void editsOfDifferentLinesFromTheSameRevisionAreBothKept() {
        String mine = replaceLine(original, 2, "Line two, rewritten by Mia.");
        String theirs = replaceLine(original, 8, "Line eight, rewritten by Max.");

        SaveResult first = knowledgeBase.save(path, publicPage("Backups", mine), 1, MEMBER);
        SaveResult second = knowledgeBase.save(path, publicPage("Backups", theirs), 1, OTHER_MEMBER);

        assertEquals(SaveOutcome.SAVED, first.outcome());
        assertEquals(SaveOutcome.MERGED, second.outcome());
        assertTrue(second.isMerged());
        String merged = current();
        assertTrue(merged.contains("Line two, rewritten by Mia."), merged);
        assertTrue(merged.contains("Line eight, rewritten by Max."), merged);
        assertEquals(replaceLine(mine, 8, "Line eight, rewritten by Max."), merged);
        RevisionSummary revision = second.saved().revision();
        assertEquals(3, revision.number());
        assertEquals(1, revision.baseRevision());
        assertTrue(revision.merged());
    }

    @Test
    void editsOfTheSameLineConflictAndNothingIsSavedButBothTextsComeBack() {
        String mine = replaceLine(original, 5, "Line five says one thing.");
        String theirs = replaceLine(original, 5, "Line five says another.");
        knowledgeBase.save(path, publicPage("Backups", mine), 1, MEMBER);

        SaveResult refused = knowledgeBase.save(path, new PageEdit("Backups", theirs, "en", Visibility.PUBLIC,
                "my summary"), 1, OTHER_MEMBER);

        assertEquals(SaveOutcome.CONFLICT, refused.outcome());
        assertNull(refused.saved());
        PageConflict conflict = refused.conflict();
        assertEquals(List.of("markdown"), conflict.conflicting());
        assertEquals(theirs, conflict.yours().markdown(), "the person's own text is kept");
        assertEquals("my summary", conflict.yours().summary());
        assertEquals(mine, conflict.theirs().markdown(), "the text as it is now");
        assertEquals(original, conflict.base().markdown());
        assertEquals(1, conflict.baseRevision());
        assertEquals(2, conflict.currentRevision());
        assertTrue(conflict.theirsToYours().stream().anyMatch(line -> line.kind() == DiffLine.Kind.ADDED
                && line.text().equals("Line five says another.")));
        assertEquals(mine, current(), "nothing was written");
        assertEquals(2, knowledgeBase.page(path, MEMBER).orElseThrow().revision());

        // saved again from the current revision, it goes through
        SaveResult resolved = knowledgeBase.save(path, publicPage("Backups", theirs), conflict.currentRevision(),
                OTHER_MEMBER);
        assertEquals(SaveOutcome.SAVED, resolved.outcome());
        assertEquals(theirs, current());
    }

    @Test
    void aTitleChangedByOneSideOnlyIsKeptAndChangedByBothDifferentlyIsAConflict() {
        knowledgeBase.save(path, publicPage("Backups, step by step", original), 1, MEMBER);
        SaveResult merged = knowledgeBase.save(path, publicPage("Backups", replaceLine(original, 9, "Nine.")), 1,
                OTHER_MEMBER);
        assertEquals(SaveOutcome.MERGED, merged.outcome());
        assertEquals("Backups, step by step", merged.saved().revision().title(), "their title was not undone");

        SaveResult conflict = knowledgeBase.save(path, publicPage("Backing up", original), 1, OTHER_MEMBER);
        assertEquals(SaveOutcome.CONFLICT, conflict.outcome());
        assertEquals(List.of("title"), conflict.conflict().conflicting());
        assertEquals("Backing up", conflict.conflict().yours().title());
        assertEquals("Backups, step by step", conflict.conflict().theirs().title());
    }

    @Test
    void aConflictOnTheTitleAloneHandsBackTheMergedTextSoThatResolvingItKeepsTheOtherEdit() {
        knowledgeBase.save(path, publicPage("Backups, step by step", replaceLine(original, 2, "Two.")), 1, MEMBER);

        SaveResult conflict = knowledgeBase.save(path, publicPage("Backing up", replaceLine(original, 9, "Nine.")),
                1, OTHER_MEMBER);
        assertEquals(List.of("title"), conflict.conflict().conflicting());
        PageEdit handedBack = conflict.conflict().yours();
        assertTrue(handedBack.markdown().contains("Two.") && handedBack.markdown().contains("Nine."),
                handedBack.markdown());

        SaveResult resolved = knowledgeBase.save(path, handedBack, conflict.conflict().currentRevision(),
                OTHER_MEMBER);
        assertEquals(SaveOutcome.SAVED, resolved.outcome());
        assertTrue(resolved.saved().markdown().contains("Two."), "the other person's line was undone");
    }

    @Test
    void aLanguageChangedByBothDifferentlyIsAConflictAndAChangeUndoneMeanwhileIsNot() {
        knowledgeBase.save(path, new PageEdit("Backups", original, "en", Visibility.MEMBERS, null), 1, MEMBER);
        knowledgeBase.save(path, new PageEdit("Backups", original, "en", Visibility.PUBLIC, null), 2, MEMBER);
        // since revision 1 the page went members-only and back: as at the base, so the person's choices stand
        SaveResult saved = knowledgeBase.save(path, new PageEdit("Backups", original, "fr", Visibility.MEMBERS,
                null), 1, OTHER_MEMBER);
        assertEquals(SaveOutcome.SAVED, saved.outcome());
        assertEquals(Visibility.MEMBERS, saved.saved().revision().visibility());
        assertEquals("fr", saved.saved().revision().language());

        SaveResult both = knowledgeBase.save(path, new PageEdit("Backups", original, "de", Visibility.PUBLIC,
                null), 3, MEMBER);
        assertEquals(SaveOutcome.CONFLICT, both.outcome());
        assertEquals(List.of("language"), both.conflict().conflicting());
        assertEquals("de", both.conflict().yours().language());
        assertEquals("fr", both.conflict().theirs().language());
    }

    @Test
    void creatingAPageSomeoneElseJustCreatedIsAConflictNotAnOverwrite() {
        SaveResult second = knowledgeBase.save(path, publicPage("Backups too", "My own text.\n"), null,
                OTHER_MEMBER);

        assertEquals(SaveOutcome.CONFLICT, second.outcome());
        assertNull(second.conflict().baseRevision());
        assertEquals("", second.conflict().base().markdown());
        assertEquals("My own text.\n", second.conflict().yours().markdown());
        assertEquals(original, current());
    }

    @Test
    void aStaleSaveToAPathAnotherPageTookOverIsAConflictNotAMergeIntoThatPage() {
        // the person opens the page at `path` (revision 2); meanwhile it moves away and a new page takes the path
        knowledgeBase.save(path, publicPage("Backups", replaceLine(original, 1, "Line one, revised.")), 1, MEMBER);
        PageView opened = knowledgeBase.page(path, MEMBER).orElseThrow();
        String movedTo = uniquePath("moved-away");
        knowledgeBase.move(path, movedTo, null, OTHER_MEMBER);
        // the newcomer's text would merge cleanly from the stale base: only the token tells the pages apart
        knowledgeBase.save(path, publicPage("Someone else's page", original), null, OTHER_MEMBER);
        knowledgeBase.save(path, publicPage("Someone else's page", replaceLine(original, 9, "Nine.")), 1,
                OTHER_MEMBER);
        PageView newcomer = knowledgeBase.page(path, MEMBER).orElseThrow();
        assertNotEquals(opened.pageToken(), newcomer.pageToken());

        String mine = replaceLine(opened.markdown(), 5, "Line five, by Mia.");
        SaveResult stale = knowledgeBase.save(path, publicPage("Backups", mine), opened.revision(),
                opened.pageToken(), MEMBER);

        assertEquals(SaveOutcome.CONFLICT, stale.outcome());
        PageConflict conflict = stale.conflict();
        assertTrue(conflict.otherPage());
        assertEquals(List.of("page"), conflict.conflicting());
        assertEquals(mine, conflict.yours().markdown(), "the person's text is kept");
        assertEquals(newcomer.markdown(), conflict.theirs().markdown(), "theirs is the page there now");
        assertEquals("Someone else's page", conflict.theirs().title());
        assertEquals(2, conflict.currentRevision());
        assertEquals(newcomer.pageToken(), conflict.pageToken());
        assertEquals(newcomer.markdown(), current(), "nothing was merged into the newcomer");
        assertEquals(2, knowledgeBase.page(path, MEMBER).orElseThrow().revision());
        assertEquals(opened.markdown(), knowledgeBase.page(movedTo, MEMBER).orElseThrow().markdown());

        // saved again knowingly over the page there now, with its token, it goes through
        SaveResult over = knowledgeBase.save(path, conflict.yours(), conflict.currentRevision(),
                conflict.pageToken(), MEMBER);
        assertEquals(SaveOutcome.SAVED, over.outcome());
        assertEquals(mine, current());
        // the right token, through the path the page moved from, saves the page where it is
        PageView moved = knowledgeBase.page(movedTo, MEMBER).orElseThrow();
        assertEquals(opened.pageToken(), moved.pageToken(), "a page keeps its token when it moves");
    }

    @Test
    void withoutATokenASaveIsTakenAsMeantForThePageAtThePathAsBefore() {
        String movedTo = uniquePath("moved-away");
        knowledgeBase.move(path, movedTo, null, MEMBER);
        knowledgeBase.save(path, publicPage("Newcomer", original), null, OTHER_MEMBER);

        SaveResult merged = knowledgeBase.save(path, publicPage("Newcomer", replaceLine(original, 2, "Two.")), 1,
                MEMBER);

        assertEquals(SaveOutcome.SAVED, merged.outcome());
        assertTrue(current().contains("Two."));
    }

    @Test
    void savingThePageAsItIsMakesNoRevision() {
        SaveResult same = knowledgeBase.save(path, publicPage("Backups", original), 1, MEMBER);
        assertEquals(SaveOutcome.UNCHANGED, same.outcome());
        assertEquals(1, knowledgeBase.page(path, MEMBER).orElseThrow().revision());
    }

    @Test
    void aTextIsStoredWithUnixLineEndsAndAFinalLineBreak() {
        knowledgeBase.save(path, publicPage("Backups", "First line\r\nSecond line"), 1, MEMBER);
        assertEquals("First line\nSecond line\n", current());
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save(uniquePath("new"), new PageEdit("  ", "x".repeat(1_000_001), "xx", null,
                        "s".repeat(301)), null, MEMBER));
        assertEquals(Set.of("title", "markdown", "language", "visibility", "summary"), fields(refused));
        assertEquals("max_length", problem(refused, "markdown").code());
        assertEquals(List.of("1000000", "1000002"), problem(refused, "markdown").arguments());

        assertEquals(Set.of("path"), fields(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save("Guides/Sécurité", publicPage("Security", ""), null, MEMBER))));
        assertEquals("path_characters", problem(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save("guides//backups", publicPage("Security", ""), null, MEMBER)), "path")
                .code());
        assertEquals("path_reserved", problem(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save("guides/history", publicPage("History", ""), null, MEMBER)), "path")
                .code());
        assertEquals("path_reserved", problem(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save("changes", publicPage("Changes", ""), null, MEMBER)), "path").code());
        assertEquals("max_length", problem(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save("a".repeat(201), publicPage("Long", ""), null, MEMBER)), "path").code());
        assertEquals("unknown_revision", problem(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.save(path, publicPage("Backups", "x"), 7, MEMBER)), "baseRevision").code());
        // a text of exactly the limit is accepted
        assertEquals(SaveOutcome.SAVED, knowledgeBase.save(path, publicPage("Backups", "y".repeat(999_999)), 1,
                MEMBER).outcome());
    }

    @Test
    void revisionsCannotBeChangedOrRemovedEvenInTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE kb.revision SET markdown = 'gone'"));
            assertTrue(update.getMessage().contains("never changed or removed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM kb.revision"));
            assertTrue(delete.getMessage().contains("never changed or removed"), delete.getMessage());
        }
        assertEquals(original, current());
    }

    @Test
    void aRevertIsANewRevisionWithTheOldTextAndFollowsTheSameMergeRule() {
        String second = replaceLine(original, 3, "Line three, vandalised.");
        knowledgeBase.save(path, publicPage("Vandalised", second), 1, MEMBER);
        knowledgeBase.save(path, publicPage("Vandalised", replaceLine(second, 10, "Line ten, improved.")), 2,
                OTHER_MEMBER);

        // the person looked at revision 2 and restores revision 1; revision 3 changed line 10 meanwhile
        SaveResult reverted = knowledgeBase.revert(path, 1, 2, "Undo the vandalism", MEMBER);

        assertEquals(SaveOutcome.MERGED, reverted.outcome());
        RevisionSummary revision = reverted.saved().revision();
        assertEquals(RevisionKind.REVERTED, revision.kind());
        assertEquals(1, revision.revertedTo());
        assertEquals(4, revision.number());
        assertEquals("Backups", revision.title());
        assertEquals(replaceLine(original, 10, "Line ten, improved."), current());
        assertEquals(4, knowledgeBase.history(path, 1, 10, null).orElseThrow().revisions().total());

        assertEquals("baseRevision", problem(assertThrows(InvalidInputException.class,
                () -> knowledgeBase.revert(path, 1, null, null, MEMBER)), "baseRevision").field());
    }

    @Test
    void theDiffMarksChangedLinesAndTheWordsThatChangedInThem() {
        knowledgeBase.save(path, publicPage("Backups", replaceLine(original, 4, "Line 4 of the manual.")), 1,
                MEMBER);

        PageDiff diff = knowledgeBase.diff(path, 1, 2, null).orElseThrow();

        List<DiffLine> changed = diff.lines().stream()
                .filter(line -> line.kind() == DiffLine.Kind.REMOVED || line.kind() == DiffLine.Kind.ADDED)
                .toList();
        assertEquals(2, changed.size());
        assertEquals(List.of(new DiffSegment("Line 4 of the ", false), new DiffSegment("guide", true),
                new DiffSegment(".", false)), changed.get(0).segments());
        assertEquals(List.of(new DiffSegment("Line 4 of the ", false), new DiffSegment("manual", true),
                new DiffSegment(".", false)), changed.get(1).segments());
        assertEquals(4, changed.get(0).oldNumber());
        assertEquals(4, changed.get(1).newNumber());
        // three unchanged lines on each side, then what is left out
        assertEquals(List.of(DiffLine.Kind.CONTEXT, DiffLine.Kind.CONTEXT, DiffLine.Kind.CONTEXT,
                DiffLine.Kind.REMOVED, DiffLine.Kind.ADDED, DiffLine.Kind.CONTEXT, DiffLine.Kind.CONTEXT,
                DiffLine.Kind.CONTEXT, DiffLine.Kind.GAP), diff.lines().stream().map(DiffLine::kind).toList());
    }

    @Test
    void someoneWhoIsNotAMemberSeesOnlyTheRevisionsThatWerePublic() {
        String secret = uniquePath("was-secret");
        knowledgeBase.save(secret, WikiFixtures.membersPage("Draft", "The draft's secret.\n"), null, MEMBER);
        knowledgeBase.save(secret, publicPage("Published", "Ready for everyone.\n"), 1, MEMBER);

        for (st.libreho.platform.Actor reader : new st.libreho.platform.Actor[] { null, WikiFixtures.PERSON }) {
            PageHistory history = knowledgeBase.history(secret, 1, 10, reader).orElseThrow();
            assertEquals(List.of(2), history.revisions().items().stream().map(RevisionSummary::number).toList());
            assertTrue(knowledgeBase.revision(secret, 1, reader).isEmpty());
            assertTrue(knowledgeBase.diff(secret, 1, 2, reader).isEmpty());
            assertTrue(knowledgeBase.recentChanges(1, 100, reader).items().stream()
                    .noneMatch(change -> change.path().equals(secret) && change.revision().number() == 1));
        }
        assertEquals(2, knowledgeBase.history(secret, 1, 10, WikiFixtures.OPERATOR).orElseThrow().revisions()
                .total());
        assertTrue(knowledgeBase.revision(secret, 1, MEMBER).orElseThrow().markdown().contains("secret"));
    }

    @Test
    void eachRevisionIsDiffedAgainstThePreviousOneTheReaderMaySee() {
        String path = uniquePath("half-secret");
        knowledgeBase.save(path, publicPage("Plan", "Public plan.\n"), null, MEMBER);
        knowledgeBase.save(path, WikiFixtures.membersPage("Plan", "Members' draft.\n"), 1, MEMBER);
        knowledgeBase.save(path, publicPage("Plan", "Public plan, revised.\n"), 2, MEMBER);

        PageHistory visitors = knowledgeBase.history(path, 1, 10, null).orElseThrow();
        List<RevisionSummary> seen = visitors.revisions().items();
        assertEquals(List.of(3, 1), seen.stream().map(RevisionSummary::number).toList());
        assertEquals(1, visitors.previous(seen.get(0)), "not revision 2, which a visitor may not see");
        assertNull(visitors.previous(seen.get(1)));
        assertTrue(knowledgeBase.diff(path, visitors.previous(seen.get(0)), 3, null).isPresent());
        PageHistory members = knowledgeBase.history(path, 1, 10, MEMBER).orElseThrow();
        assertEquals(2, members.previous(members.revisions().items().get(0)));
        // the last of a page of the history still has its previous one, on the next page
        PageHistory firstOfTwo = knowledgeBase.history(path, 1, 1, null).orElseThrow();
        assertEquals(1, firstOfTwo.previous(firstOfTwo.revisions().items().get(0)));

        RecentChange change = knowledgeBase.recentChanges(1, 100, null).items().stream()
                .filter(c -> c.path().equals(path) && c.revision().number() == 3).findFirst().orElseThrow();
        assertEquals(1, change.previousRevision());
        assertNull(knowledgeBase.recentChanges(1, 100, null).items().stream()
                .filter(c -> c.path().equals(path) && c.revision().number() == 1).findFirst().orElseThrow()
                .previousRevision());
        assertEquals(2, knowledgeBase.recentChanges(1, 100, MEMBER).items().stream()
                .filter(c -> c.path().equals(path) && c.revision().number() == 3).findFirst().orElseThrow()
                .previousRevision());
    }

    @Test
    void onlyMembersAndOperatorsChangePages() {
        assertThrows(io.quarkus.security.UnauthorizedException.class,
                () -> knowledgeBase.save(path, publicPage("Backups", "x"), 1, null));
        assertThrows(io.quarkus.security.ForbiddenException.class,
                () -> knowledgeBase.save(path, publicPage("Backups", "x"), 1, WikiFixtures.PERSON));
        assertThrows(io.quarkus.security.ForbiddenException.class,
                () -> knowledgeBase.revert(path, 1, 1, null, WikiFixtures.PERSON));
        assertThrows(io.quarkus.security.ForbiddenException.class,
                () -> knowledgeBase.move(path, uniquePath("elsewhere"), null, WikiFixtures.PERSON));
        assertEquals(SaveOutcome.SAVED, knowledgeBase.save(path, publicPage("Backups", "x"), 1,
                WikiFixtures.OPERATOR).outcome());
        assertEquals(original, knowledgeBase.revision(path, 1, null).orElseThrow().markdown());
    }

    private static Set<String> fields(InvalidInputException invalid) {
        return invalid.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    private static FieldProblem problem(InvalidInputException invalid, String field) {
        return invalid.problems().stream().filter(problem -> problem.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with " + field + " in " + invalid.problems()));
    }
}
