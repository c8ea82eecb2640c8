package st.libreho.directory;

import java.time.Instant;

/** An organisation's statement on one commitment, with the evidence it points to. */
public record StatementView(Commitment commitment, StatementState state, String evidenceUrl, String note,
        Instant updatedAt) {
}
