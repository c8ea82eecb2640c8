package st.libreho.governance.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.Stance;

/**
 * Every stance × fresh or stale × objection state of one organisation, first against a settled background, then
 * against every combination of two others in a network of three.
 */
class StanceAndObjectionMatrixTest {

    static List<Voice> voices() {
        return Voice.all();
    }

    @DisplayName("with quorum 1, 'a' decides whether the quorum is reached and whether an objection stands")
    @ParameterizedTest(name = "a: {0}")
    @MethodSource("voices")
    void oneVoiceAgainstTwoAgreeing(Voice a) {
        Situation s = a.applyTo(Proposal.among("a", "b", "c").quorum("1").minSupport(2).agree("b", "c"), "a")
                .situation();

        List<String> expected = new ArrayList<>();
        if (!a.counted()) {
            expected.add(Reasons.QUORUM_NOT_REACHED);
        }
        if (a.open()) {
            expected.add(Reasons.OBJECTION_OPEN);
        }
        if (a.in(ObjectionState.ADDRESSED)) {
            expected.add(Reasons.OBJECTION_ADDRESSED);
        }
        Verdict verdict = DecisionRules.consensus(s);
        assertEquals(expected, verdict.reasons());
        assertEquals(expected.isEmpty() ? Optional.of(Outcome.CONSENSUS) : Optional.empty(), verdict.outcome());
        assertEquals(expectedTally(s, List.of(a, agreeing(), agreeing()), 3), DecisionRules.tally(s));
    }

    @DisplayName("with min support 3, 'a' must agree (fresh) and leave no objection standing")
    @ParameterizedTest(name = "a: {0}")
    @MethodSource("voices")
    void oneVoiceWhoseSupportIsNeeded(Voice a) {
        Situation s = a.applyTo(Proposal.among("a", "b", "c").quorum("0").minSupport(3).agree("b", "c"), "a")
                .situation();

        List<String> expected = new ArrayList<>();
        if (!a.supports()) {
            expected.add(Reasons.SUPPORT_TOO_LOW);
        }
        if (a.open()) {
            expected.add(Reasons.OBJECTION_OPEN);
        }
        if (a.in(ObjectionState.ADDRESSED)) {
            expected.add(Reasons.OBJECTION_ADDRESSED);
        }
        assertEquals(expected, DecisionRules.consensus(s).reasons());
        Outcome atClose = expected.isEmpty() ? Outcome.CONSENSUS : Outcome.NOT_ADOPTED;
        assertEquals(Optional.of(atClose), DecisionRules.atClosingDate(s).outcome());
    }

    @DisplayName("in an exclusion the organisation concerned speaks but whatever it says does not count")
    @ParameterizedTest(name = "concerned a: {0}")
    @MethodSource("voices")
    void theConcernedOrganisationNeverCounts(Voice a) {
        Situation s = a.applyTo(Proposal.among("a", "b", "c", "d").kind(ProposalKind.EXCLUSION).concerning("a")
                .quorum("1").minSupport(3).agree("b", "c", "d"), "a").situation();

        assertEquals(Optional.of(Outcome.CONSENSUS), DecisionRules.consensus(s).outcome());
        assertEquals(new Tally(3, 3, 3, 3, 0, 0, 0, 0, 0, true, true), DecisionRules.tally(s));
    }

    @DisplayName("an organisation that left the network no longer counts, whatever it said before")
    @ParameterizedTest(name = "former member x: {0}")
    @MethodSource("voices")
    void aFormerMemberNeverCounts(Voice x) {
        Situation s = x.applyTo(Proposal.among("b", "c").quorum("1").minSupport(2).agree("b", "c"), "x")
                .situation();

        assertEquals(Optional.of(Outcome.CONSENSUS), DecisionRules.consensus(s).outcome());
        assertEquals(new Tally(2, 2, 2, 2, 0, 0, 0, 0, 0, true, true), DecisionRules.tally(s));
    }

    @DisplayName("an applicant's own stance and objections are ignored")
    @ParameterizedTest(name = "applicant: {0}")
    @MethodSource("voices")
    void theApplicantNeverCounts(Voice applicant) {
        Situation s = applicant.applyTo(Proposal.among("b", "c").kind(ProposalKind.MEMBERSHIP).concerning("new")
                .quorum("1").minSupport(2).agree("b", "c").discussedAtMeeting()
                .at(Proposal.OPENED.plus(Proposal.REVIEW_PERIOD)), "new").situation();

        assertEquals(Optional.of(Outcome.CONSENSUS), DecisionRules.consensus(s).outcome());
        assertEquals(new Tally(2, 2, 2, 2, 0, 0, 0, 0, 0, true, true), DecisionRules.tally(s));
    }

    @DisplayName("three organisations, every combination: tally, consensus, closing date and rough consensus agree with DOMAIN.md")
    @ParameterizedTest(name = "a: {0}, b and c: every voice")
    @MethodSource("voices")
    void everyCombinationOfThree(Voice a) {
        for (Voice b : Voice.all()) {
            for (Voice c : Voice.all()) {
                checkThree(a, b, c);
            }
        }
    }

    /** Quorum 0.66 of 3 (2 stances, the share rounded up), support 2, rough consensus allowed. */
    private static void checkThree(Voice a, Voice b, Voice c) {
        Proposal proposal = Proposal.among("a", "b", "c").rough().quorum("0.66").minSupport(2);
        a.applyTo(proposal, "a");
        b.applyTo(proposal, "b");
        c.applyTo(proposal, "c");
        Situation s = proposal.situation();
        List<Voice> voices = List.of(a, b, c);
        String combination = "a: " + a + "; b: " + b + "; c: " + c;

        Tally tally = expectedTally(s, voices, 2);
        assertEquals(tally, DecisionRules.tally(s), combination);

        boolean consensus = tally.quorumReached() && tally.supportReached() && tally.openObjections() == 0
                && tally.addressedObjections() == 0;
        Outcome expectedAtClose = consensus ? Outcome.CONSENSUS : Outcome.NOT_ADOPTED;
        assertEquals(Optional.of(expectedAtClose), DecisionRules.atClosingDate(s).outcome(), combination);
        assertEquals(consensus, DecisionRules.consensus(s).outcome().isPresent(), combination);
        assertEquals(consensus ? Optional.of(Outcome.CONSENSUS) : Optional.empty(),
                DecisionRules.declare(s, Outcome.CONSENSUS, "", Set.of()).outcome(), combination);

        Set<String> inTheRough = new TreeSet<>();
        for (int i = 0; i < voices.size(); i++) {
            if (voices.get(i).in(ObjectionState.ADDRESSED)) {
                inTheRough.add(List.of("a", "b", "c").get(i));
            }
        }
        boolean rough = tally.quorumReached() && tally.supportReached() && tally.openObjections() == 0
                && !inTheRough.isEmpty();
        Verdict declared = DecisionRules.declare(s, Outcome.ROUGH_CONSENSUS, "Objections answered in the minutes.",
                inTheRough);
        assertEquals(rough ? Optional.of(Outcome.ROUGH_CONSENSUS) : Optional.empty(), declared.outcome(),
                combination);
        assertTrue(rough == declared.reasons().isEmpty(), combination);
        // the two ways to adopt never overlap: an addressed objection is exactly what separates them
        assertTrue(!(rough && consensus), combination);
    }

    private static Voice agreeing() {
        return new Voice(Stance.AGREE, false, null);
    }

    /** The tally as DOMAIN.md reads, voice by voice, for a situation whose organisations all count. */
    private static Tally expectedTally(Situation s, List<Voice> voices, int required) {
        int eligible = voices.size();
        int counted = (int) voices.stream().filter(Voice::counted).count();
        int support = (int) voices.stream().filter(Voice::supports).count();
        return new Tally(eligible, required, counted, support,
                (int) voices.stream().filter(Voice::staleStance).count(),
                (int) voices.stream().filter(Voice::open).count(),
                (int) voices.stream().filter(v -> v.in(ObjectionState.ADDRESSED)).count(),
                (int) voices.stream().filter(v -> v.in(ObjectionState.ACCOMMODATED)).count(),
                (int) voices.stream().filter(v -> v.in(ObjectionState.WITHDRAWN)).count(), counted >= required,
                support >= s.rules().minSupport());
    }
}
