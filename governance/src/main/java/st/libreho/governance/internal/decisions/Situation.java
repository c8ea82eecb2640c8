package st.libreho.governance.internal.decisions;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import st.libreho.governance.ProposalKind;

/**
 * Everything the rules look at, taken at one moment.
 *
 * @param kind
 *        what the proposal decides
 * @param rules
 *        the rules frozen on it when it opened
 * @param eligible
 *        slugs of the member organisations at this moment: only they may count (one that left no longer does)
 * @param concerned
 *        the organisation a membership (the applicant), exclusion or end-of-services proposal is about, or null; it
 *        never counts towards quorum, support or the outcome: in an exclusion it speaks, its stance and objections are
 *        recorded, but they do not decide
 * @param stances
 *        the current stance of each organisation that took one, at most one per organisation
 * @param objections
 *        the objection ledger (an organisation may have raised several)
 * @param openedAt
 *        when the proposal opened (the review of an application starts then)
 * @param now
 *        the moment the rules are asked about, passed in so that the rules never read a clock
 * @param discussedAtMeeting
 *        for a membership proposal, whether a meeting held after it opened had it on its agenda
 */
public record Situation(ProposalKind kind, Rules rules, Set<String> eligible, String concerned,
        List<StanceTaken> stances, List<ObjectionEntry> objections, Instant openedAt, Instant now,
        boolean discussedAtMeeting) {

    public Situation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(now, "now");
        eligible = Set.copyOf(eligible);
        stances = List.copyOf(stances);
        objections = List.copyOf(objections);
        if (kind == ProposalKind.MEMBERSHIP && rules.reviewPeriod() == null) {
            // without it an application could be accepted the day it was submitted, which the CPP rules out
            throw new IllegalArgumentException("a membership proposal needs its review period");
        }
        Set<String> seen = new HashSet<>();
        for (StanceTaken stance : stances) {
            if (!seen.add(stance.organisation())) {
                // counting one of them silently would hide which voice the organisation gave
                throw new IllegalArgumentException("two stances for " + stance.organisation());
            }
        }
    }

    /** Whether this organisation's stance and objections count: a member at this moment, and not the one concerned. */
    public boolean counts(String organisation) {
        return eligible.contains(organisation) && !organisation.equals(concerned);
    }
}
