package st.libreho.governance.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import st.libreho.governance.DecisionMode;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.Stance;

/** The quorum share and the minimum support, at and around their edges. */
class QuorumAndSupportTest {

    /** A network of {@code eligible} organisations in which the first {@code speaking} agree. */
    private static Tally tally(String share, int eligible, int speaking) {
        String[] orgs = IntStream.rangeClosed(1, eligible).mapToObj(i -> "o" + i).toArray(String[]::new);
        Proposal proposal = Proposal.among(orgs).quorum(share).minSupport(0);
        for (int i = 0; i < speaking; i++) {
            proposal.agree(orgs[i]);
        }
        return DecisionRules.tally(proposal.situation());
    }

    @ParameterizedTest(name = "quorum {0} of {1}: {2} stances needed, {3} given, reached: {4}")
    @CsvSource({
            // exactly at the share, and one below
            "0.5, 4, 2, 2, true", "0.5, 4, 2, 1, false",
            // half of an odd number rounds up: 1.5 stances is 2
            "0.5, 3, 2, 2, true", "0.5, 3, 2, 1, false",
            // exact decimal arithmetic: 0.07 × 100 is 7, where doubles give 7.000000000000001 and would ask for 8
            "0.07, 100, 7, 7, true", "0.07, 100, 7, 6, false",
            // a share just above a whole number of stances asks for one more: 0.34 × 3 = 1.02
            "0.34, 3, 2, 2, true", "0.34, 3, 2, 1, false",
            // two thirds written as 0.6667 of 3 is 2.0001: three stances; 0.66 of 3 is 1.98: two
            "0.6667, 3, 3, 2, false", "0.66, 3, 2, 2, true",
            // share 0 still needs somebody to speak
            "0, 5, 1, 1, true", "0, 5, 1, 0, false",
            // share 1: everybody
            "1, 3, 3, 3, true", "1, 3, 3, 2, false",
            // a network of one
            "1, 1, 1, 1, true", "0.5, 1, 1, 0, false" })
    void quorumIsTheShareRoundedUpAndAtLeastOne(String share, int eligible, int required, int speaking,
            boolean reached) {
        Tally tally = tally(share, eligible, speaking);
        assertEquals(required, tally.required());
        assertEquals(speaking, tally.counted());
        assertEquals(reached, tally.quorumReached());
    }

    @ParameterizedTest(name = "quorum {0} with nobody eligible is never reached")
    @CsvSource({ "0", "0.5", "1" })
    void withNobodyEligibleTheQuorumIsNeverReached(String share) {
        Situation s = Proposal.among().quorum(share).minSupport(0).situation();
        Tally tally = DecisionRules.tally(s);
        assertEquals(0, tally.eligible());
        assertEquals(1, tally.required());
        assertFalse(tally.quorumReached());
        assertEquals(Optional.of(Outcome.NOT_ADOPTED), DecisionRules.atClosingDate(s).outcome());
        assertEquals(List.of(Reasons.QUORUM_NOT_REACHED), DecisionRules.atClosingDate(s).reasons());
    }

    @Test
    void staleStancesDoNotMakeTheQuorum() {
        Situation s = Proposal.among("a", "b", "c", "d").quorum("0.5").minSupport(1).agree("a")
                .staleStance("b", Stance.AGREE).staleStance("c", Stance.AGREE).situation();
        Tally tally = DecisionRules.tally(s);
        assertEquals(1, tally.counted());
        assertEquals(2, tally.staleStances());
        assertEquals(List.of(Reasons.QUORUM_NOT_REACHED), DecisionRules.consensus(s).reasons());
    }

    @Test
    void standingAsideAbstainingAndObjectingMakeTheQuorumButNotTheSupport() {
        Situation s = Proposal.among("a", "b", "c", "d").quorum("0.75").minSupport(2).agree("a")
                .stance("b", Stance.STAND_ASIDE).stance("c", Stance.ABSTAIN)
                .objects("d", ObjectionState.WITHDRAWN).situation();
        Tally tally = DecisionRules.tally(s);
        assertTrue(tally.quorumReached());
        assertEquals(1, tally.support());
        assertEquals(List.of(Reasons.SUPPORT_TOO_LOW), DecisionRules.consensus(s).reasons());
    }

    @ParameterizedTest(name = "min support {0}, {1} agreeing: reached {2}")
    @CsvSource({ "3, 3, true", "3, 2, false", "0, 0, true", "1, 0, false", "1, 1, true", "5, 4, false" })
    void supportIsCountedAgainstTheMinimum(int minSupport, int agreeing, boolean reached) {
        Proposal proposal = Proposal.among("a", "b", "c", "d", "e").quorum("0").minSupport(minSupport);
        // the others speak without supporting, so the quorum is reached whatever the support
        String[] orgs = { "a", "b", "c", "d", "e" };
        for (int i = 0; i < orgs.length; i++) {
            proposal.stance(orgs[i], i < agreeing ? (i % 2 == 0 ? Stance.AGREE : Stance.RESERVATIONS)
                    : Stance.STAND_ASIDE);
        }
        Situation s = proposal.situation();
        assertEquals(agreeing, DecisionRules.tally(s).support());
        assertEquals(reached, DecisionRules.tally(s).supportReached());
        assertEquals(reached ? Optional.of(Outcome.CONSENSUS) : Optional.empty(),
                DecisionRules.consensus(s).outcome());
    }

    @Test
    void aMinimumSupportLargerThanTheNetworkIsNeverReached() {
        Situation s = Proposal.among("a", "b").quorum("1").minSupport(3).agree("a", "b").situation();
        assertEquals(Optional.of(Outcome.NOT_ADOPTED), DecisionRules.atClosingDate(s).outcome());
        assertEquals(List.of(Reasons.SUPPORT_TOO_LOW), DecisionRules.atClosingDate(s).reasons());
    }

    @Test
    void reasonsListEverythingMissingAtOnce() {
        Situation s = Proposal.among("a", "b", "c").quorum("1").minSupport(2)
                .objects("a", ObjectionState.OPEN)
                .objection("a", ObjectionState.ADDRESSED).situation();
        assertEquals(List.of(Reasons.QUORUM_NOT_REACHED, Reasons.SUPPORT_TOO_LOW, Reasons.OBJECTION_OPEN,
                Reasons.OBJECTION_ADDRESSED), DecisionRules.consensus(s).reasons());
        Tally tally = DecisionRules.tally(s);
        assertEquals(1, tally.openObjections());
        assertEquals(1, tally.addressedObjections());
    }

    @Test
    void meaninglessRulesAreRefused() {
        Duration week = Duration.ofDays(7);
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(DecisionMode.CONSENSUS, new BigDecimal("1.01"), 1, week, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(DecisionMode.CONSENSUS, new BigDecimal("-0.1"), 1, week, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, -1, week, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(DecisionMode.ROUGH_CONSENSUS, BigDecimal.ONE, 1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, 1, week.negated(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, 1, week, week.negated()));
        // consensus only: nothing to appeal, so no window needed
        assertEquals(null, new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, 1, null, null).appealWindow());
    }

    @Test
    void twoStancesFromOneOrganisationAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Proposal.among("a", "b").agree("a").stance("a", Stance.OBJECT).situation());
    }
}
