package st.libreho.governance.internal.proposals;

import java.util.Map;

/**
 * The decision rules' reasons in plain English, for the API's problem details; pages translate the same keys from
 * their bundle ({@code gov:reason_*}).
 */
final class Reasons {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("quorum-not-reached", "Not enough member organisations have taken a stance yet"),
            Map.entry("support-too-low", "Not enough member organisations agree yet"),
            Map.entry("objection-open", "An objection is still open"),
            Map.entry("objection-addressed", "An objection was addressed, not accommodated: only rough consensus "
                    + "can adopt it"),
            Map.entry("review-period-running", "The application's review period is not over"),
            Map.entry("not-discussed-at-meeting", "The application has not been on the agenda of a meeting yet"),
            Map.entry("rough-not-allowed", "This proposal's rules allow adoption by consensus only"),
            Map.entry("rough-needs-addressed-objection", "Rough consensus is declared only when an objection was "
                    + "addressed rather than accommodated"),
            Map.entry("rough-needs-rationale", "Rough consensus is declared with a written rationale"),
            Map.entry("rough-needs-named-organisations", "Name the organisations in the rough"),
            Map.entry("in-the-rough-without-addressed-objection", "Each organisation in the rough has an addressed "
                    + "objection"),
            Map.entry("rationale-required", "Give the rationale"),
            Map.entry("withdraw-not-declared", "A proposal is withdrawn by the organisation that opened it"));

    private Reasons() {
    }

    static String explain(String key) {
        return TEXTS.getOrDefault(key, key.replace('-', ' '));
    }
}
