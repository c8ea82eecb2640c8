package st.libreho.governance.internal.decisions;

import java.util.Objects;

import st.libreho.governance.ObjectionState;

/** One line of a proposal's objection ledger: who objected and where the objection stands. */
public record ObjectionEntry(String organisation, ObjectionState state) {

    public ObjectionEntry {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(state, "state");
    }
}
