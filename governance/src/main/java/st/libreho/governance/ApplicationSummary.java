package st.libreho.governance;

import java.time.Instant;

/** An application in a list. */
public record ApplicationSummary(long id, String organisation, String organisationName, ApplicationState state,
        Instant submittedAt, long proposalId, Instant closesAt) {
}
