package st.libreho.directory;

import java.time.Instant;

/** An address in an organisation's delegation, and who added it when. */
public record Delegate(String email, Instant addedAt, String addedBy) {
}
