package st.libreho.governance;

import java.time.Instant;

/**
 * An entry of the objection ledger.
 *
 * @param textVersion the version of the text it was raised against
 * @param minutesUrl where the answer was given at a meeting, if it was
 */
public record ObjectionView(long id, String organisation, String reason, String raisedBy, Instant raisedAt,
        int textVersion, ObjectionState state, String answer, String minutesUrl, String resolvedBy,
        Instant resolvedAt) {
}
