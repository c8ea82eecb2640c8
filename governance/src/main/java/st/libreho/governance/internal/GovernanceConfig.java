package st.libreho.governance.internal;

import java.math.BigDecimal;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import st.libreho.governance.DecisionMode;

/**
 * The network's decision rules and the governance module's timings, under {@code librehosters.governance.*}
 * (environment: {@code LIBREHOSTERS_GOVERNANCE_*}). Durations are ISO-8601 ({@code P30D}, {@code PT1H}). The rules are
 * copied onto each proposal when it opens: changing them later never changes an open proposal.
 */
@ConfigMapping(prefix = "librehosters.governance")
public interface GovernanceConfig {

    /**
     * How long an application is reviewed at least before it can be accepted (the CPP: "a period of at least a
     * month"). Environment: {@code LIBREHOSTERS_GOVERNANCE_REVIEW_PERIOD}.
     */
    @WithDefault("P30D")
    Duration reviewPeriod();

    /** The shortest time a proposal stays open. Environment: {@code LIBREHOSTERS_GOVERNANCE_MIN_PROPOSAL_DURATION}. */
    @WithDefault("P7D")
    Duration minProposalDuration();

    /**
     * How long after a declaration of rough consensus a member organisation may appeal it, which reopens the
     * proposal; an adopted outcome takes effect when it ends. Environment: {@code LIBREHOSTERS_GOVERNANCE_APPEAL_WINDOW}.
     */
    @WithDefault("P14D")
    Duration appealWindow();

    /**
     * The share of member organisations (0 to 1) that must take a stance for a proposal to be adopted. Environment:
     * {@code LIBREHOSTERS_GOVERNANCE_QUORUM}.
     */
    @WithDefault("0.5")
    BigDecimal quorum();

    /**
     * How many member organisations must agree (with or without reservations) for a proposal, an application among
     * them, to be adopted. Environment: {@code LIBREHOSTERS_GOVERNANCE_MIN_SUPPORT}.
     */
    @WithDefault("2")
    int minSupport();

    /**
     * Whether the facilitator may declare rough consensus when consensus is not reached ({@code ROUGH_CONSENSUS}), or
     * proposals are adopted by consensus only ({@code CONSENSUS}). Environment: {@code LIBREHOSTERS_GOVERNANCE_MODE}.
     */
    @WithDefault("ROUGH_CONSENSUS")
    DecisionMode mode();

    /**
     * How often the closing job looks for proposals past their closing date, rough consensus past its appeal window
     * and departures due (a Quarkus Scheduler interval, for example {@code 60s}). One instance does the work at a time.
     * Environment: {@code LIBREHOSTERS_GOVERNANCE_CLOSING_EVERY}.
     */
    @WithDefault("60s")
    String closingEvery();

    /**
     * How long before a proposal closes the organisations that have not taken a stance are reminded by e-mail.
     * Environment: {@code LIBREHOSTERS_GOVERNANCE_CLOSING_SOON}.
     */
    @WithDefault("P2D")
    Duration closingSoon();
}
