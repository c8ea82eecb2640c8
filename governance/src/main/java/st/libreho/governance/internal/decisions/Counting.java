package st.libreho.governance.internal.decisions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.TreeSet;

import st.libreho.governance.ObjectionState;
import st.libreho.governance.Stance;

/** Counts the stances and the objection ledger of the organisations that count, for {@link DecisionRules}. */
final class Counting {

    private Counting() {
    }

    static Tally tally(Situation s) {
        int eligible = (int) s.eligible().stream().filter(s::counts).count();
        int required = required(s.rules().quorum(), eligible);
        int counted = 0;
        int support = 0;
        int stale = 0;
        int open = 0;
        for (StanceTaken taken : s.stances()) {
            if (!s.counts(taken.organisation())) {
                continue;
            }
            if (taken.stale()) {
                stale++;
                continue;
            }
            counted++;
            if (taken.stance().supports()) {
                support++;
            }
            if (taken.stance() == Stance.OBJECT && !inLedger(s, taken.organisation())) {
                // an objection stated but not (yet) in the ledger still blocks: it is open until the ledger says
                // otherwise, so a missing line never lets a proposal through
                open++;
            }
        }
        int addressed = 0;
        int accommodated = 0;
        int withdrawn = 0;
        for (ObjectionEntry entry : s.objections()) {
            if (!s.counts(entry.organisation())) {
                continue;
            }
            switch (entry.state()) {
                case OPEN -> open++;
                case ADDRESSED -> addressed++;
                case ACCOMMODATED -> accommodated++;
                case WITHDRAWN -> withdrawn++;
            }
        }
        // nobody counting means nobody decided, whatever the share
        boolean quorumReached = eligible > 0 && counted >= required;
        boolean supportReached = support >= s.rules().minSupport();
        return new Tally(eligible, required, counted, support, stale, open, addressed, accommodated, withdrawn,
                quorumReached, supportReached);
    }

    /** Stances needed: the share of the counting organisations rounded up, exactly (no floating point), at least 1. */
    static int required(BigDecimal quorum, int eligible) {
        int share = quorum.multiply(BigDecimal.valueOf(eligible)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, share);
    }

    /** The counting organisations whose objection was answered in writing: who may be "in the rough". */
    static Set<String> addressedBy(Situation s) {
        Set<String> organisations = new TreeSet<>();
        for (ObjectionEntry entry : s.objections()) {
            if (entry.state() == ObjectionState.ADDRESSED && s.counts(entry.organisation())) {
                organisations.add(entry.organisation());
            }
        }
        return organisations;
    }

    private static boolean inLedger(Situation s, String organisation) {
        return s.objections().stream().anyMatch(entry -> entry.organisation().equals(organisation));
    }
}
