package st.libreho.governance.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import st.libreho.governance.DecisionMode;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.Stance;

/** An application: accepted only after its review period and a meeting, with no objection and enough support. */
class MembershipTest {

    private static final Instant REVIEW_ENDS = Proposal.OPENED.plus(Proposal.REVIEW_PERIOD);

    /** Two members out of three agree to let "newhost" in. */
    private static Proposal application() {
        return Proposal.among("a", "b", "c").kind(ProposalKind.MEMBERSHIP).concerning("newhost").quorum("0.5")
                .minSupport(2).agree("a", "b");
    }

    @ParameterizedTest(name = "{0} s from the end of the review, discussed {1}: {2}")
    @CsvSource({ "-1, true, review-period-running", "0, true, ", "1, true, ",
            "-1, false, review-period-running not-discussed-at-meeting", "0, false, not-discussed-at-meeting",
            "1, false, not-discussed-at-meeting" })
    void acceptedOnlyOnceTheReviewIsOverAndAMeetingDiscussedIt(long seconds, boolean discussed, String missing) {
        Proposal proposal = application().at(REVIEW_ENDS.plusSeconds(seconds));
        if (discussed) {
            proposal.discussedAtMeeting();
        }
        Situation s = proposal.situation();
        List<String> reasons = missing == null ? List.of() : List.of(missing.split(" "));

        assertEquals(reasons, DecisionRules.consensus(s).reasons());
        Verdict atClose = DecisionRules.atClosingDate(s);
        // an application that only waits for time or a meeting is neither accepted nor declined: it stays open
        assertEquals(reasons.isEmpty() ? Optional.of(Outcome.CONSENSUS) : Optional.empty(), atClose.outcome());
        assertEquals(reasons, atClose.reasons());
        assertEquals(reasons.isEmpty() ? Optional.of(Outcome.CONSENSUS) : Optional.empty(),
                DecisionRules.declare(s, Outcome.CONSENSUS, null, Set.of()).outcome());
    }

    @Test
    void anOpenObjectionDeclinesAnApplicationAtItsClosingDateEvenBeforeTheMeeting() {
        Situation s = application().objects("c", ObjectionState.OPEN).at(REVIEW_ENDS.minusSeconds(1)).situation();
        Verdict atClose = DecisionRules.atClosingDate(s);
        assertEquals(Optional.of(Outcome.NOT_ADOPTED), atClose.outcome());
        assertEquals(List.of(Reasons.OBJECTION_OPEN, Reasons.REVIEW_PERIOD_RUNNING, Reasons.NOT_DISCUSSED_AT_MEETING),
                atClose.reasons());
    }

    @Test
    void tooLittleSupportDeclinesAnApplicationAtItsClosingDate() {
        Situation s = application().minSupport(3).discussedAtMeeting().at(REVIEW_ENDS).situation();
        assertEquals(Optional.of(Outcome.NOT_ADOPTED), DecisionRules.atClosingDate(s).outcome());
        assertEquals(List.of(Reasons.SUPPORT_TOO_LOW), DecisionRules.atClosingDate(s).reasons());
    }

    @Test
    void theApplicantSpeakingForItselfChangesNothing() {
        // not a member, hence not eligible: its agreement cannot make up the missing support
        Situation s = application().minSupport(3).stance("newhost", Stance.AGREE).discussedAtMeeting()
                .at(REVIEW_ENDS).situation();
        assertEquals(2, DecisionRules.tally(s).support());
        assertEquals(List.of(Reasons.SUPPORT_TOO_LOW), DecisionRules.consensus(s).reasons());
    }

    @Test
    void roughConsensusOnAnApplicationAlsoWaitsForTheReviewAndTheMeeting() {
        Proposal proposal = application().rough().objects("c", ObjectionState.ADDRESSED)
                .at(REVIEW_ENDS.minusSeconds(1));
        Verdict early = DecisionRules.declare(proposal.situation(), Outcome.ROUGH_CONSENSUS, "Answered at the meeting.",
                Set.of("c"));
        assertEquals(Optional.empty(), early.outcome());
        assertEquals(List.of(Reasons.REVIEW_PERIOD_RUNNING, Reasons.NOT_DISCUSSED_AT_MEETING), early.reasons());

        Verdict later = DecisionRules.declare(proposal.at(REVIEW_ENDS).discussedAtMeeting().situation(),
                Outcome.ROUGH_CONSENSUS, "Answered at the meeting.", Set.of("c"));
        assertEquals(Optional.of(Outcome.ROUGH_CONSENSUS), later.outcome());
    }

    @Test
    void otherKindsNeitherWaitForAReviewNorAMeeting() {
        Situation s = Proposal.among("a", "b", "c").kind(ProposalKind.PRESS_RELEASE).minSupport(2).agree("a", "b")
                .at(Proposal.OPENED).situation();
        assertEquals(Optional.of(Outcome.CONSENSUS), DecisionRules.consensus(s).outcome());
    }

    @Test
    void anApplicationWithoutAReviewPeriodIsRefused() {
        Rules rules = new Rules(DecisionMode.CONSENSUS, BigDecimal.ONE, 1, Duration.ofDays(7), null);
        assertThrows(IllegalArgumentException.class, () -> new Situation(ProposalKind.MEMBERSHIP, rules, Set.of("a"),
                "newhost", List.of(), List.of(), Proposal.OPENED, Proposal.OPENED, true));
    }
}
