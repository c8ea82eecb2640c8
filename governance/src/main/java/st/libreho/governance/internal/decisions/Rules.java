package st.libreho.governance.internal.decisions;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

import st.libreho.governance.DecisionMode;

/**
 * The rules frozen on a proposal when it opens, so that changing the network's settings later never changes how an
 * open proposal is decided.
 *
 * @param mode
 *        whether the facilitator may declare rough consensus
 * @param quorum
 *        share (0..1) of the counting member organisations that must take a (non-stale) stance
 * @param minSupport
 *        how many counting organisations must agree (with or without reservations, non-stale)
 * @param appealWindow
 *        how long after a rough consensus an appeal may be lodged; required in mode
 *        {@link DecisionMode#ROUGH_CONSENSUS}, may be null otherwise (nothing to appeal)
 * @param reviewPeriod
 *        how long an application is reviewed at least; null except for membership proposals
 */
public record Rules(DecisionMode mode, BigDecimal quorum, int minSupport, Duration appealWindow,
        Duration reviewPeriod) {

    /** Refuses rules that would make the outcome meaningless rather than guessing what was meant. */
    public Rules {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(quorum, "quorum");
        if (quorum.signum() < 0 || quorum.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("quorum is a share between 0 and 1: " + quorum);
        }
        if (minSupport < 0) {
            throw new IllegalArgumentException("minSupport is a number of organisations: " + minSupport);
        }
        if (mode == DecisionMode.ROUGH_CONSENSUS && appealWindow == null) {
            // a rough consensus without an appeal window would take effect with nobody able to contest it
            throw new IllegalArgumentException("rough consensus needs an appeal window");
        }
        if (appealWindow != null && appealWindow.isNegative()) {
            throw new IllegalArgumentException("negative appeal window: " + appealWindow);
        }
        if (reviewPeriod != null && reviewPeriod.isNegative()) {
            throw new IllegalArgumentException("negative review period: " + reviewPeriod);
        }
    }
}
