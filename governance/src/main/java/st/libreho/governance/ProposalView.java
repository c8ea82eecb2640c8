package st.libreho.governance;

import java.time.Instant;
import java.util.List;

/**
 * A proposal as everyone reads it: its current text and every earlier version, the rules frozen on it, the stances by
 * organisation with who spoke, the objection ledger, the discussion and, once closed, the outcome.
 *
 * @param openedFor the member organisation whose delegate opened it (null when the platform did, for an application)
 * @param concerned the organisation a membership, exclusion or end-of-services proposal is about
 * @param appealUntil for rough consensus, the end of the appeal window
 * @param effectiveAt when an adopted outcome takes (or took) effect
 * @param version for optimistic concurrency: the version this view was read at
 */
public record ProposalView(long id, ProposalKind kind, String title, String text, ProposalState state,
        Outcome outcome, Instant openedAt, Instant closesAt, Instant closedAt, String openedBy, String openedFor,
        String facilitator, String concerned, FrozenRules rules, int textVersion, List<TextVersion> versions,
        List<StanceView> stances, List<ObjectionView> objections, List<CommentView> comments,
        List<AppealView> appeals, String rationale, List<String> inTheRough, String closedBy, Instant appealUntil,
        Instant effectiveAt, Tally tally, String charterPath, Long charterRevision, List<String> careTeam,
        long version) {
}
