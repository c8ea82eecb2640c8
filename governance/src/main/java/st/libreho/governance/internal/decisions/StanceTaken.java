package st.libreho.governance.internal.decisions;

import java.util.Objects;

import st.libreho.governance.Stance;

/**
 * An organisation's current stance on a proposal. Stale when the text it answered has changed since: the organisation
 * is asked to confirm, and until then the stance counts neither towards quorum nor support.
 */
public record StanceTaken(String organisation, Stance stance, boolean stale) {

    public StanceTaken {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(stance, "stance");
    }
}
