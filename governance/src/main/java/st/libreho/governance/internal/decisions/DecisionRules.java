package st.libreho.governance.internal.decisions;

import static st.libreho.governance.internal.decisions.Reasons.ADDRESSED_OBJECTION_NOT_IN_THE_ROUGH;
import static st.libreho.governance.internal.decisions.Reasons.IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION;
import static st.libreho.governance.internal.decisions.Reasons.NOT_ADOPTED_NEEDS_RATIONALE;
import static st.libreho.governance.internal.decisions.Reasons.NOT_DISCUSSED_AT_MEETING;
import static st.libreho.governance.internal.decisions.Reasons.NOT_THE_FACILITATORS;
import static st.libreho.governance.internal.decisions.Reasons.OBJECTION_ADDRESSED;
import static st.libreho.governance.internal.decisions.Reasons.OBJECTION_OPEN;
import static st.libreho.governance.internal.decisions.Reasons.QUORUM_NOT_REACHED;
import static st.libreho.governance.internal.decisions.Reasons.REVIEW_PERIOD_RUNNING;
import static st.libreho.governance.internal.decisions.Reasons.ROUGH_NEEDS_ADDRESSED_OBJECTION;
import static st.libreho.governance.internal.decisions.Reasons.ROUGH_NEEDS_NAMED_ORGANISATIONS;
import static st.libreho.governance.internal.decisions.Reasons.ROUGH_NEEDS_RATIONALE;
import static st.libreho.governance.internal.decisions.Reasons.ROUGH_NOT_ALLOWED;
import static st.libreho.governance.internal.decisions.Reasons.SUPPORT_TOO_LOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import st.libreho.governance.DecisionMode;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;

/**
 * The decision rules of DOMAIN.md's "Governance", pure: consensus when quorum and support are reached and no objection
 * was left standing (all withdrawn or accommodated); rough consensus (RFC 7282) only when the facilitator declares it
 * with a written rationale, naming the organisations in the rough whose objections were addressed; an application
 * accepted only after its review period and a meeting. Time is always passed in.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** The counts the verdicts rest on. */
    public static Tally tally(Situation s) {
        return Counting.tally(s);
    }

    /**
     * Whether adoption by consensus holds now: quorum, support, no counting objection open or merely addressed, and for
     * an application the review period elapsed ({@code openedAt + reviewPeriod <= now}) and a meeting discussed it.
     *
     * @return outcome CONSENSUS, or none with every reason it does not hold
     */
    public static Verdict consensus(Situation s) {
        List<String> reasons = consensusReasons(s, tally(s));
        return reasons.isEmpty() ? Verdict.of(Outcome.CONSENSUS) : Verdict.none(reasons);
    }

    /**
     * The proposal reaches its closing date with nobody declaring: CONSENSUS if it holds; for an application whose only
     * missing conditions are the review period or the meeting, none (it waits: an application is accepted only after
     * both); otherwise NOT_ADOPTED with the reasons. Rough consensus is never automatic: it needs a facilitator's
     * written rationale.
     */
    public static Verdict atClosingDate(Situation s) {
        List<String> reasons = consensusReasons(s, tally(s));
        if (reasons.isEmpty()) {
            return Verdict.of(Outcome.CONSENSUS);
        }
        if (s.kind() == ProposalKind.MEMBERSHIP && applicationReasons(s).containsAll(reasons)) {
            return Verdict.none(reasons);
        }
        return Verdict.of(Outcome.NOT_ADOPTED, reasons);
    }

    /**
     * The facilitator declares an outcome, possibly before the closing date. CONSENSUS only if {@link #consensus} holds;
     * ROUGH_CONSENSUS only in mode ROUGH_CONSENSUS, with quorum and support, no counting objection open, at least one
     * addressed, a rationale, and the organisations in the rough named: exactly those whose counting objection was
     * addressed (for an application also the review period over and a meeting held); NOT_ADOPTED with a rationale;
     * WITHDRAWN never (it belongs to whoever opened the proposal).
     *
     * @param inTheRough
     *        the organisations the facilitator names in the rough (null taken as none)
     * @return the outcome granted, or none with every reason it is refused
     */
    public static Verdict declare(Situation s, Outcome requested, String rationale, Set<String> inTheRough) {
        Objects.requireNonNull(requested, "requested");
        boolean hasRationale = rationale != null && !rationale.isBlank();
        return switch (requested) {
            case CONSENSUS -> consensus(s);
            case ROUGH_CONSENSUS -> roughConsensus(s, hasRationale, inTheRough == null ? Set.of() : inTheRough);
            case NOT_ADOPTED -> hasRationale ? Verdict.of(Outcome.NOT_ADOPTED)
                    : Verdict.none(List.of(NOT_ADOPTED_NEEDS_RATIONALE));
            case WITHDRAWN -> Verdict.none(List.of(NOT_THE_FACILITATORS));
        };
    }

    /**
     * Whether an appeal may be lodged: the outcome is ROUGH_CONSENSUS, {@code now} is strictly before
     * {@code closedAt + appealWindow}, and the appealing organisation is eligible and not the one concerned.
     */
    public static boolean mayAppeal(Rules rules, Outcome outcome, Instant closedAt, Instant now, String organisation,
            Set<String> eligible, String concerned) {
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(now, "now");
        if (outcome != Outcome.ROUGH_CONSENSUS || organisation == null) {
            return false;
        }
        Instant windowCloses = closedAt.plus(appealWindow(rules));
        return now.isBefore(windowCloses) && eligible.contains(organisation) && !organisation.equals(concerned);
    }

    /**
     * When the effects of an outcome apply: CONSENSUS at once ({@code closedAt}), ROUGH_CONSENSUS once its appeal window
     * is over ({@code closedAt + appealWindow}); null for an outcome that does not adopt the proposal.
     */
    public static Instant effectiveAt(Rules rules, Outcome outcome, Instant closedAt) {
        Objects.requireNonNull(closedAt, "closedAt");
        return switch (Objects.requireNonNull(outcome, "outcome")) {
            case CONSENSUS -> closedAt;
            case ROUGH_CONSENSUS -> closedAt.plus(appealWindow(rules));
            case NOT_ADOPTED, WITHDRAWN -> null;
        };
    }

    private static Verdict roughConsensus(Situation s, boolean hasRationale, Set<String> inTheRough) {
        Tally tally = tally(s);
        Set<String> addressedBy = Counting.addressedBy(s);
        List<String> reasons = new ArrayList<>();
        if (s.rules().mode() != DecisionMode.ROUGH_CONSENSUS) {
            reasons.add(ROUGH_NOT_ALLOWED);
        }
        if (!tally.quorumReached()) {
            reasons.add(QUORUM_NOT_REACHED);
        }
        if (!tally.supportReached()) {
            reasons.add(SUPPORT_TOO_LOW);
        }
        if (tally.openObjections() > 0) {
            reasons.add(OBJECTION_OPEN);
        }
        if (tally.addressedObjections() == 0) {
            // without an addressed objection there is nothing rough about it: it is consensus or nothing
            reasons.add(ROUGH_NEEDS_ADDRESSED_OBJECTION);
        }
        if (!hasRationale) {
            reasons.add(ROUGH_NEEDS_RATIONALE);
        }
        if (inTheRough.isEmpty()) {
            reasons.add(ROUGH_NEEDS_NAMED_ORGANISATIONS);
        } else if (!addressedBy.containsAll(inTheRough)) {
            reasons.add(IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION);
        }
        if (!inTheRough.isEmpty() && !inTheRough.containsAll(addressedBy)) {
            // the decision log must show everyone whose objection was passed over, not a chosen few
            reasons.add(ADDRESSED_OBJECTION_NOT_IN_THE_ROUGH);
        }
        reasons.addAll(applicationReasons(s));
        return reasons.isEmpty() ? Verdict.of(Outcome.ROUGH_CONSENSUS) : Verdict.none(reasons);
    }

    private static List<String> consensusReasons(Situation s, Tally tally) {
        List<String> reasons = new ArrayList<>();
        if (!tally.quorumReached()) {
            reasons.add(QUORUM_NOT_REACHED);
        }
        if (!tally.supportReached()) {
            reasons.add(SUPPORT_TOO_LOW);
        }
        if (tally.openObjections() > 0) {
            reasons.add(OBJECTION_OPEN);
        }
        if (tally.addressedObjections() > 0) {
            // DOMAIN.md: consensus means every objection withdrawn or accommodated; addressed ones need rough consensus
            reasons.add(OBJECTION_ADDRESSED);
        }
        reasons.addAll(applicationReasons(s));
        return reasons;
    }

    /** What an application waits for besides the stances: its review period, then a meeting. */
    private static List<String> applicationReasons(Situation s) {
        if (s.kind() != ProposalKind.MEMBERSHIP) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (s.openedAt().plus(s.rules().reviewPeriod()).isAfter(s.now())) {
            reasons.add(REVIEW_PERIOD_RUNNING);
        }
        if (!s.discussedAtMeeting()) {
            reasons.add(NOT_DISCUSSED_AT_MEETING);
        }
        return reasons;
    }

    private static Duration appealWindow(Rules rules) {
        if (rules.appealWindow() == null) {
            // only a proposal frozen in mode ROUGH_CONSENSUS can have been adopted by rough consensus
            throw new IllegalArgumentException("rough consensus under rules without an appeal window");
        }
        return rules.appealWindow();
    }
}
