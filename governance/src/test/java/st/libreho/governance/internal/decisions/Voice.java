package st.libreho.governance.internal.decisions;

import java.util.ArrayList;
import java.util.List;

import st.libreho.governance.ObjectionState;
import st.libreho.governance.Stance;

/**
 * What one organisation did on a proposal: a stance or none (fresh or stale) and a line in the objection ledger or
 * none. {@link #all()} lists every combination; the other methods say, in the simplest words, what each should count
 * for, so the tests compare the rules with an independent reading of DOMAIN.md.
 */
record Voice(Stance stance, boolean stale, ObjectionState objection) {

    /** Every stance (or none) × fresh or stale × every objection state (or none): 55 voices. */
    static List<Voice> all() {
        List<Voice> voices = new ArrayList<>();
        List<ObjectionState> objections = new ArrayList<>(List.of(ObjectionState.values()));
        objections.add(null);
        for (ObjectionState objection : objections) {
            voices.add(new Voice(null, false, objection));
            for (Stance stance : Stance.values()) {
                voices.add(new Voice(stance, false, objection));
                voices.add(new Voice(stance, true, objection));
            }
        }
        return voices;
    }

    Proposal applyTo(Proposal proposal, String organisation) {
        if (stance != null && stale) {
            proposal.staleStance(organisation, stance);
        } else if (stance != null) {
            proposal.stance(organisation, stance);
        }
        if (objection != null) {
            proposal.objection(organisation, objection);
        }
        return proposal;
    }

    boolean counted() {
        return stance != null && !stale;
    }

    boolean supports() {
        return counted() && stance.supports();
    }

    boolean staleStance() {
        return stance != null && stale;
    }

    /** An open ledger line blocks; so does a fresh objecting stance the ledger has no line for. */
    boolean open() {
        return objection == ObjectionState.OPEN || (objection == null && counted() && stance == Stance.OBJECT);
    }

    boolean in(ObjectionState state) {
        return objection == state;
    }

    @Override
    public String toString() {
        String said = stance == null ? "no stance" : (stale ? "stale " : "") + stance;
        return said + ", " + (objection == null ? "no objection" : "objection " + objection);
    }
}
