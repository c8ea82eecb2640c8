package st.libreho.governance.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;

/**
 * An exclusion or end of services names a member: it speaks, but neither its stance nor its objections decide, and it
 * is not counted among those the quorum is a share of.
 */
class ConcernedOrganisationTest {

    @ParameterizedTest
    @EnumSource(value = ProposalKind.class, names = { "EXCLUSION", "END_OF_SERVICES" })
    void itsObjectionDoesNotBlock(ProposalKind kind) {
        Situation s = Proposal.among("a", "b", "c", "excluded").kind(kind).concerning("excluded").quorum("1")
                .minSupport(3).agree("a", "b", "c").objects("excluded", ObjectionState.OPEN).situation();
        assertEquals(Optional.of(Outcome.CONSENSUS), DecisionRules.consensus(s).outcome());
        Tally tally = DecisionRules.tally(s);
        assertEquals(3, tally.eligible());
        assertEquals(0, tally.openObjections());
    }

    @ParameterizedTest
    @EnumSource(value = ProposalKind.class, names = { "EXCLUSION", "END_OF_SERVICES" })
    void itsAgreementDoesNotCount(ProposalKind kind) {
        Situation s = Proposal.among("a", "b", "c", "leaving").kind(kind).concerning("leaving").quorum("0.5")
                .minSupport(3).agree("a", "b", "leaving").situation();
        assertEquals(2, DecisionRules.tally(s).support());
        assertEquals(Optional.of(Outcome.NOT_ADOPTED), DecisionRules.atClosingDate(s).outcome());
        assertEquals(List.of(Reasons.SUPPORT_TOO_LOW), DecisionRules.atClosingDate(s).reasons());
    }

    @ParameterizedTest
    @EnumSource(value = ProposalKind.class, names = { "EXCLUSION", "END_OF_SERVICES" })
    void itsStanceDoesNotMakeTheQuorum(ProposalKind kind) {
        // 4 members, 3 count: a quorum of 1 needs the three others, the excluded one's stance does not replace one
        Situation s = Proposal.among("a", "b", "c", "excluded").kind(kind).concerning("excluded").quorum("1")
                .minSupport(1).agree("a", "b", "excluded").situation();
        Tally tally = DecisionRules.tally(s);
        assertEquals(3, tally.required());
        assertEquals(2, tally.counted());
        assertEquals(List.of(Reasons.QUORUM_NOT_REACHED), DecisionRules.consensus(s).reasons());
    }

    @ParameterizedTest
    @EnumSource(value = ProposalKind.class, names = { "EXCLUSION", "END_OF_SERVICES" })
    void itCannotBeNamedInTheRough(ProposalKind kind) {
        Situation s = Proposal.among("a", "b", "c", "excluded").kind(kind).concerning("excluded").rough()
                .quorum("1").minSupport(2).agree("a", "b").objects("c", ObjectionState.ADDRESSED)
                .objects("excluded", ObjectionState.ADDRESSED).situation();
        Verdict naming = DecisionRules.declare(s, Outcome.ROUGH_CONSENSUS, "Breach documented.",
                Set.of("c", "excluded"));
        assertEquals(List.of(Reasons.IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION), naming.reasons());
        Verdict granted = DecisionRules.declare(s, Outcome.ROUGH_CONSENSUS, "Breach documented.", Set.of("c"));
        assertEquals(Optional.of(Outcome.ROUGH_CONSENSUS), granted.outcome());
    }
}
