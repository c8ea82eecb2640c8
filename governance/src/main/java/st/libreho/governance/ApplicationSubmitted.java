package st.libreho.governance;

import java.time.Instant;

/** An organisation applied to join; its membership proposal is open. Fired inside the submitting transaction. */
public record ApplicationSubmitted(long applicationId, long proposalId, String organisation, String organisationName,
        Instant submittedAt) {
}
