package st.libreho.governance.internal.decisions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import st.libreho.governance.Outcome;

/**
 * What the rules say: an outcome, or none (keep the proposal open, or refuse what was asked) with the reasons, as
 * machine keys from {@link Reasons} that the pages translate.
 */
public record Verdict(Optional<Outcome> outcome, List<String> reasons) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
    }

    static Verdict of(Outcome outcome) {
        return new Verdict(Optional.of(outcome), List.of());
    }

    static Verdict none(List<String> reasons) {
        return new Verdict(Optional.empty(), reasons);
    }

    static Verdict of(Outcome outcome, List<String> reasons) {
        return new Verdict(Optional.of(outcome), reasons);
    }
}
