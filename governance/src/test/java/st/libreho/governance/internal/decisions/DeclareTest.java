package st.libreho.governance.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.Stance;

/** What a facilitator may declare, and each reason a rough consensus is refused. */
class DeclareTest {

    private static final String RATIONALE = "c's objection was answered in the minutes of the March meeting.";

    /** Everything a rough consensus needs: quorum, support, c's objection addressed, none open. */
    private static Proposal roughReady() {
        return Proposal.among("a", "b", "c", "d").rough().quorum("0.75").minSupport(2).agree("a", "b")
                .objects("c", ObjectionState.ADDRESSED);
    }

    private static Verdict declareRough(Proposal proposal, String rationale, Set<String> inTheRough) {
        return DecisionRules.declare(proposal.situation(), Outcome.ROUGH_CONSENSUS, rationale, inTheRough);
    }

    @Test
    void roughConsensusIsGrantedWhenEverythingIsThere() {
        Verdict verdict = declareRough(roughReady(), RATIONALE, Set.of("c"));
        assertEquals(Optional.of(Outcome.ROUGH_CONSENSUS), verdict.outcome());
        assertEquals(List.of(), verdict.reasons());
    }

    @Test
    void roughConsensusIsNeverReachedWithoutTheFacilitator() {
        // at its closing date the same proposal is not adopted: the addressed objection stands in the way of consensus
        Verdict atClose = DecisionRules.atClosingDate(roughReady().situation());
        assertEquals(Optional.of(Outcome.NOT_ADOPTED), atClose.outcome());
        assertEquals(List.of(Reasons.OBJECTION_ADDRESSED), atClose.reasons());
    }

    @Test
    void roughConsensusIsRefusedUnderConsensusOnlyRules() {
        Proposal proposal = Proposal.among("a", "b", "c", "d").quorum("0.75").minSupport(2).agree("a", "b")
                .objects("c", ObjectionState.ADDRESSED);
        Verdict verdict = declareRough(proposal, RATIONALE, Set.of("c"));
        assertEquals(Optional.empty(), verdict.outcome());
        assertEquals(List.of(Reasons.ROUGH_NOT_ALLOWED), verdict.reasons());
    }

    @Test
    void roughConsensusIsRefusedWithoutQuorum() {
        Verdict verdict = declareRough(roughReady().quorum("1"), RATIONALE, Set.of("c"));
        assertEquals(List.of(Reasons.QUORUM_NOT_REACHED), verdict.reasons());
    }

    @Test
    void roughConsensusIsRefusedWithoutEnoughSupport() {
        Verdict verdict = declareRough(roughReady().minSupport(3), RATIONALE, Set.of("c"));
        assertEquals(List.of(Reasons.SUPPORT_TOO_LOW), verdict.reasons());
    }

    @Test
    void roughConsensusIsRefusedWhileAnObjectionIsOpen() {
        Verdict verdict = declareRough(roughReady().objects("d", ObjectionState.OPEN), RATIONALE, Set.of("c"));
        assertEquals(List.of(Reasons.OBJECTION_OPEN), verdict.reasons());
    }

    @Test
    void roughConsensusIsRefusedWithoutAnyAddressedObjection() {
        // the objection was accommodated: nothing rough about it, it is plain consensus
        Proposal proposal = Proposal.among("a", "b", "c", "d").rough().quorum("0.75").minSupport(2).agree("a", "b")
                .objects("c", ObjectionState.ACCOMMODATED);
        Verdict verdict = declareRough(proposal, RATIONALE, Set.of("c"));
        assertEquals(List.of(Reasons.ROUGH_NEEDS_ADDRESSED_OBJECTION, Reasons.IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION),
                verdict.reasons());
        assertEquals(Optional.of(Outcome.CONSENSUS),
                DecisionRules.declare(proposal.situation(), Outcome.CONSENSUS, null, null).outcome());
    }

    @ParameterizedTest(name = "rationale \"{0}\"")
    @NullSource
    @ValueSource(strings = { "", "   ", "\n\t" })
    void roughConsensusIsRefusedWithoutAWrittenRationale(String rationale) {
        Verdict verdict = declareRough(roughReady(), rationale, Set.of("c"));
        assertEquals(List.of(Reasons.ROUGH_NEEDS_RATIONALE), verdict.reasons());
    }

    @Test
    void roughConsensusIsRefusedWithoutNamingWhoIsInTheRough() {
        assertEquals(List.of(Reasons.ROUGH_NEEDS_NAMED_ORGANISATIONS),
                declareRough(roughReady(), RATIONALE, Set.of()).reasons());
        assertEquals(List.of(Reasons.ROUGH_NEEDS_NAMED_ORGANISATIONS),
                declareRough(roughReady(), RATIONALE, null).reasons());
    }

    @Test
    void roughConsensusIsRefusedNamingAnOrganisationWithoutAnAddressedObjection() {
        Verdict verdict = declareRough(roughReady(), RATIONALE, Set.of("c", "a"));
        assertEquals(List.of(Reasons.IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION), verdict.reasons());
    }

    @Test
    void roughConsensusIsRefusedLeavingOutAnOrganisationWhoseObjectionWasAddressed() {
        Proposal proposal = roughReady().objects("d", ObjectionState.ADDRESSED);
        assertEquals(List.of(Reasons.ADDRESSED_OBJECTION_NOT_IN_THE_ROUGH),
                declareRough(proposal, RATIONALE, Set.of("c")).reasons());
        assertEquals(Optional.of(Outcome.ROUGH_CONSENSUS),
                declareRough(proposal, RATIONALE, Set.of("c", "d")).outcome());
    }

    @Test
    void aRefusalListsEveryMissingCondition() {
        Proposal proposal = Proposal.among("a", "b", "c").quorum("1").minSupport(3).agree("a")
                .objects("b", ObjectionState.OPEN);
        assertEquals(List.of(Reasons.ROUGH_NOT_ALLOWED, Reasons.QUORUM_NOT_REACHED, Reasons.SUPPORT_TOO_LOW,
                Reasons.OBJECTION_OPEN, Reasons.ROUGH_NEEDS_ADDRESSED_OBJECTION, Reasons.ROUGH_NEEDS_RATIONALE,
                Reasons.ROUGH_NEEDS_NAMED_ORGANISATIONS), declareRough(proposal, " ", Set.of()).reasons());
    }

    @Test
    void consensusIsDeclaredOnlyWhenItHolds() {
        Proposal holding = Proposal.among("a", "b", "c").quorum("0.5").minSupport(2).agree("a", "b");
        assertEquals(Optional.of(Outcome.CONSENSUS),
                DecisionRules.declare(holding.situation(), Outcome.CONSENSUS, "", Set.of()).outcome());
        Verdict refused = DecisionRules.declare(roughReady().situation(), Outcome.CONSENSUS, RATIONALE, Set.of("c"));
        assertEquals(Optional.empty(), refused.outcome());
        assertEquals(List.of(Reasons.OBJECTION_ADDRESSED), refused.reasons());
    }

    @Test
    void consensusMayBeDeclaredBeforeTheClosingDate() {
        // the situation's "now" is a day after opening, long before any closing date; nothing in the rules waits
        Situation s = Proposal.among("a", "b").quorum("1").minSupport(2).agree("a", "b").situation();
        assertEquals(Optional.of(Outcome.CONSENSUS),
                DecisionRules.declare(s, Outcome.CONSENSUS, null, null).outcome());
    }

    @Test
    void notAdoptedIsAlwaysAllowedWithARationale() {
        Situation holding = Proposal.among("a", "b").quorum("1").minSupport(2).agree("a", "b").situation();
        assertEquals(Optional.of(Outcome.NOT_ADOPTED),
                DecisionRules.declare(holding, Outcome.NOT_ADOPTED, "Superseded by proposal 12.", null).outcome());
        Verdict without = DecisionRules.declare(holding, Outcome.NOT_ADOPTED, "  ", null);
        assertEquals(Optional.empty(), without.outcome());
        assertEquals(List.of(Reasons.NOT_ADOPTED_NEEDS_RATIONALE), without.reasons());
    }

    @Test
    void withdrawingIsNotTheFacilitators() {
        Verdict verdict = DecisionRules.declare(roughReady().situation(), Outcome.WITHDRAWN, RATIONALE, Set.of());
        assertEquals(Optional.empty(), verdict.outcome());
        assertEquals(List.of(Reasons.NOT_THE_FACILITATORS), verdict.reasons());
    }

    @Test
    void aStaleObjectingStanceWithAnAccommodatedObjectionNoLongerBlocks() {
        // the text changed to meet c's objection: its stance is stale, its objection accommodated
        Situation s = Proposal.among("a", "b", "c").quorum("0.5").minSupport(2).agree("a", "b")
                .staleStance("c", Stance.OBJECT).objection("c", ObjectionState.ACCOMMODATED)
                .situation();
        assertTrue(DecisionRules.consensus(s).outcome().isPresent());
    }
}
