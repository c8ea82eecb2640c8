package st.libreho.governance.internal.decisions;

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

    private Reasons() {
    }
}
