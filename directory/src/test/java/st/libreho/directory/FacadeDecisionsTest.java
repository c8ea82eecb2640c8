package st.libreho.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.StatementChange.Values;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;

/** The decisions the pages used to take, now taken by the facade: concurrency of statements, removals, one field. */
@QuarkusTest
class FacadeDecisionsTest {

    @Inject
    Directory directory;

    String slug;
    Actor delegate;

    @BeforeEach
    void organisation() {
        slug = uniqueSlug("facade");
        member(directory, slug, entry("Facade " + slug, "FR", "delegate@" + slug + ".example", "fr"));
        delegate = new Actor("sub-" + slug, "Ada", "delegate@" + slug + ".example", true, false);
    }

    // --- statements ---------------------------------------------------------------------------------------

    @Test
    void aStatementChangedSinceItWasReadRefusesTheWholeFormAndNothingIsWritten() {
        // the form was opened with no statements; someone else then states one of them
        directory.putStatement(slug, Commitment.FREE_SOFTWARE, StatementState.NOT_APPLICABLE, null, null,
                Actor.platform());
        List<StatementChange> changes = List.of(
                change(Commitment.FREE_SOFTWARE, StatementState.MEETS, Values.NO_STATEMENT),
                change(Commitment.OPEN_FORMATS, StatementState.MEETS, Values.NO_STATEMENT));

        ConcurrentChangeException changed = assertThrows(ConcurrentChangeException.class,
                () -> directory.putStatements(slug, changes, delegate));

        StatementsConflict conflict = changed.current(StatementsConflict.class);
        assertEquals(Set.of(Commitment.FREE_SOFTWARE), conflict.changedMeanwhile());
        assertEquals(StatementState.NOT_APPLICABLE, state(conflict.current(), Commitment.FREE_SOFTWARE));
        assertEquals(StatementState.NOT_APPLICABLE, stored(Commitment.FREE_SOFTWARE), "theirs is not overwritten");
        assertEquals(null, stored(Commitment.OPEN_FORMATS), "nothing at all is written");
    }

    @Test
    void aStatementSomeoneElseChangedButThisPersonDidNotIsLeftAsItIs() {
        directory.putStatement(slug, Commitment.FREE_SOFTWARE, StatementState.NOT_APPLICABLE, null, null,
                Actor.platform());
        List<StatementChange> changes = List.of(
                new StatementChange(Commitment.FREE_SOFTWARE, Values.NO_STATEMENT, Values.NO_STATEMENT),
                change(Commitment.OPEN_FORMATS, StatementState.WORKING_ON_IT, Values.NO_STATEMENT));

        StatementsResult result = directory.putStatements(slug, changes, delegate);

        assertTrue(result.allSaved());
        assertEquals(StatementState.NOT_APPLICABLE, stored(Commitment.FREE_SOFTWARE));
        assertEquals(StatementState.WORKING_ON_IT, stored(Commitment.OPEN_FORMATS));
        assertEquals(StatementState.WORKING_ON_IT, state(result.profile(), Commitment.OPEN_FORMATS));
    }

    @Test
    void anInvalidStatementIsRefusedAloneAndAMissingStateRefusesTheForm() {
        List<StatementChange> badUrl = List.of(
                change(Commitment.FREE_SOFTWARE, StatementState.MEETS, Values.NO_STATEMENT),
                new StatementChange(Commitment.OPEN_FORMATS,
                        new Values(StatementState.MEETS, "formats page", null), Values.NO_STATEMENT));

        StatementsResult result = directory.putStatements(slug, badUrl, delegate);

        assertEquals(Set.of(Commitment.OPEN_FORMATS), result.refused().keySet());
        assertEquals("evidenceUrl", result.refused().get(Commitment.OPEN_FORMATS).get(0).field());
        assertEquals(StatementState.MEETS, stored(Commitment.FREE_SOFTWARE), "the valid one is saved");

        List<StatementChange> noState = List.of(
                change(Commitment.CONTRIBUTE, StatementState.MEETS, Values.NO_STATEMENT),
                new StatementChange(Commitment.OPEN_FORMATS, new Values(null, "https://x.example/formats", null),
                        Values.NO_STATEMENT));

        StatementsResult unfinished = directory.putStatements(slug, noState, delegate);

        assertEquals("state", unfinished.refused().get(Commitment.OPEN_FORMATS).get(0).field());
        assertEquals(null, stored(Commitment.CONTRIBUTE), "an unfinished form writes nothing");
    }

    // --- removals -----------------------------------------------------------------------------------------

    @Test
    void removingAContactThatIsAlreadyGoneIsASuccess() {
        directory.putContact(slug, ContactKind.ABUSE, "abuse@" + slug + ".example", null, delegate);

        assertTrue(directory.removeContact(slug, ContactKind.ABUSE, delegate));
        assertFalse(directory.removeContact(slug, ContactKind.ABUSE, delegate), "a second click is no error");

        assertEquals(1, history("CONTACT_REMOVED").size(), "only the real removal is recorded");
    }

    @Test
    void removingAnAddressThatIsNotInTheDelegationIsASuccess() {
        // even with a single address left, which could not itself be removed
        assertFalse(directory.removeDelegate(slug, "gone@" + slug + ".example", delegate));

        assertEquals(1, directory.delegation(slug, delegate).size());
        assertTrue(history("DELEGATE_REMOVED").isEmpty());
    }

    // --- the contact address ------------------------------------------------------------------------------

    @Test
    void changingTheContactEmailChangesOnlyThatFieldAndRecordsIt() {
        OrganisationView before = directory.profile(slug).orElseThrow().organisation();

        OrganisationView after = directory.changeContactEmail(slug, " Team@" + slug + ".example ", before.version(),
                delegate);

        assertEquals(before.details().withContactEmail("team@" + slug + ".example"), after.details());
        HistoryEntry recorded = history("CONTACT_EMAIL_CHANGED").get(0);
        assertEquals("delegate@" + slug + ".example", recorded.oldValue());
        assertEquals("team@" + slug + ".example", recorded.newValue());
        assertTrue(history("ENTRY_UPDATED").isEmpty(), "no other field changed");
    }

    @Test
    void aContactEmailReadBeforeAnotherChangeIsRefusedUnlessItIsAlreadyTheWantedOne() {
        long read = directory.profile(slug).orElseThrow().organisation().version();
        directory.changeContactEmail(slug, "other@" + slug + ".example", read, Actor.platform());

        ConcurrentChangeException changed = assertThrows(ConcurrentChangeException.class,
                () -> directory.changeContactEmail(slug, "mine@" + slug + ".example", read, delegate));
        assertEquals("other@" + slug + ".example",
                changed.current(OrganisationView.class).details().contactEmail());

        OrganisationView same = directory.changeContactEmail(slug, "other@" + slug + ".example", read, delegate);
        assertEquals("other@" + slug + ".example", same.details().contactEmail(), "already as wanted: done");
    }

    // --- licences ------------------------------------------------------------------------------------------

    @Test
    void theFacadeTellsWhetherALicenceIsFreeSoftwareAndWhyNot() {
        assertEquals(new LicenceVerdict(true, true, List.of(), ""), directory.licenceVerdict("MIT OR SSPL-1.0"));
        assertEquals(new LicenceVerdict(true, false, List.of("SSPL-1.0"),
                "SSPL-1.0 is neither OSI approved nor FSF libre"), directory.licenceVerdict("MIT AND SSPL-1.0"));
        assertEquals(new LicenceVerdict(false, false, List.of(), "not a valid SPDX expression"),
                directory.licenceVerdict("MIT-ish"));
    }

    private static StatementChange change(Commitment commitment, StatementState state, Values wasRead) {
        return new StatementChange(commitment, new Values(state, null, null), wasRead);
    }

    private StatementState stored(Commitment commitment) {
        return state(directory.profile(slug).orElseThrow(), commitment);
    }

    private static StatementState state(OrganisationProfile profile, Commitment commitment) {
        return profile.statements().stream().filter(statement -> statement.commitment() == commitment)
                .map(StatementView::state).findFirst().orElse(null);
    }

    private List<HistoryEntry> history(String kind) {
        return directory.history(slug, 1, 100, Actor.platform()).items().stream()
                .filter(entry -> entry.kind().equals(kind)).toList();
    }
}
