package st.libreho.governance;

import java.time.Instant;

/**
 * An organisation leaving or having left the network. Its history stays public.
 *
 * @param proposalId the decision that confirmed it, for an exclusion or an end of services
 * @param doneAt when it took effect; null while it is to come
 */
public record DepartureView(long id, String organisation, DepartureReason reason, Instant effectiveAt,
        Long proposalId, String requestedBy, Instant requestedAt, Instant doneAt) {
}
