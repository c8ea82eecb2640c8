package st.libreho.governance.internal.decisions;

import java.util.Map;

/**
 * The machine keys a {@link Verdict} gives as reasons. The pages translate them; they are also written to the decision
 * log, so a key once published keeps its meaning.
 */
public final class Reasons {

    /** Fewer non-stale stances than the quorum asks. */
    public static final String QUORUM_NOT_REACHED = "quorum-not-reached";
    /** Fewer organisations agree than the minimum support. */
    public static final String SUPPORT_TOO_LOW = "support-too-low";
    /** An objection is open. */
    public static final String OBJECTION_OPEN = "objection-open";
    /** An objection was answered but not accommodated or withdrawn: only rough consensus may pass over it. */
    public static final String OBJECTION_ADDRESSED = "objection-addressed";
    /** An application's review period is not over. */
    public static final String REVIEW_PERIOD_RUNNING = "review-period-running";
    /** No meeting held since the application's review started had it on its agenda. */
    public static final String NOT_DISCUSSED_AT_MEETING = "not-discussed-at-meeting";
    /** Rough consensus asked for, but no objection was addressed (then it is consensus, or nothing). */
    public static final String ROUGH_NEEDS_ADDRESSED_OBJECTION = "rough-needs-addressed-objection";
    /** Rough consensus asked for without a written rationale. */
    public static final String ROUGH_NEEDS_RATIONALE = "rough-needs-rationale";
    /** Rough consensus asked for without naming the organisations in the rough. */
    public static final String ROUGH_NEEDS_NAMED_ORGANISATIONS = "rough-needs-named-organisations";
    /** Rough consensus asked for on a proposal whose rules allow consensus only. */
    public static final String ROUGH_NOT_ALLOWED = "rough-not-allowed";
    /** An organisation named in the rough has no addressed objection that counts. */
    public static final String IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION = "in-the-rough-without-addressed-objection";
    /** An organisation whose objection was addressed is not named in the rough. */
    public static final String ADDRESSED_OBJECTION_NOT_IN_THE_ROUGH = "addressed-objection-not-in-the-rough";
    /** Not adopted declared without a written rationale. */
    public static final String NOT_ADOPTED_NEEDS_RATIONALE = "not-adopted-needs-rationale";
    /** The facilitator asked for an outcome that only whoever opened the proposal may give (withdrawn). */
    public static final String NOT_THE_FACILITATORS = "not-the-facilitators";

    /** Each key in plain English, for the API's problem details (the pages say them from their own bundle). */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry(QUORUM_NOT_REACHED, "Not enough member organisations have taken a stance yet"),
            Map.entry(SUPPORT_TOO_LOW, "Not enough member organisations agree yet"),
            Map.entry(OBJECTION_OPEN, "An objection is still open"),
            Map.entry(OBJECTION_ADDRESSED, "An objection was addressed, not accommodated: only rough consensus can "
                    + "adopt it"),
            Map.entry(REVIEW_PERIOD_RUNNING, "The application's review period is not over"),
            Map.entry(NOT_DISCUSSED_AT_MEETING, "The application has not been on the agenda of a meeting yet"),
            Map.entry(ROUGH_NEEDS_ADDRESSED_OBJECTION, "Rough consensus is declared only when an objection was "
                    + "addressed rather than accommodated"),
            Map.entry(ROUGH_NEEDS_RATIONALE, "Rough consensus is declared with a written rationale"),
            Map.entry(ROUGH_NEEDS_NAMED_ORGANISATIONS, "Name the organisations in the rough"),
            Map.entry(ROUGH_NOT_ALLOWED, "This proposal's rules allow adoption by consensus only"),
            Map.entry(IN_THE_ROUGH_WITHOUT_ADDRESSED_OBJECTION, "Each organisation in the rough has an addressed "
                    + "objection"),
            Map.entry(ADDRESSED_OBJECTION_NOT_IN_THE_ROUGH, "Every organisation whose objection was addressed is "
                    + "named in the rough"),
            Map.entry(NOT_ADOPTED_NEEDS_RATIONALE, "Say in writing why it is not adopted"),
            Map.entry(NOT_THE_FACILITATORS, "A proposal is withdrawn by the organisation that opened it, not by its "
                    + "facilitator"));

    private Reasons() {
    }

    /** The key in plain English; an unknown key as words. */
    public static String explain(String key) {
        return ENGLISH.getOrDefault(key, key.replace('-', ' '));
    }
}
