package st.libreho.governance;

import java.time.Instant;

/**
 * A member organisation's stance.
 *
 * @param spokenBy the person of its delegation who gave it
 * @param textVersion the version of the text it answered
 * @param stale the text changed since: the organisation is asked to confirm, and until then it does not count
 * @param counts whether it counts towards quorum and outcome (an organisation concerned by an exclusion speaks but
 *        does not count)
 */
public record StanceView(String organisation, Stance stance, String reason, String spokenBy, Instant takenAt,
        int textVersion, boolean stale, boolean counts) {
}
