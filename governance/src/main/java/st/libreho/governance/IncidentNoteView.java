package st.libreho.governance;

import java.time.Instant;

/** A care-team note on an incident report, read by the care team only. */
public record IncidentNoteView(long id, String author, String body, Instant writtenAt) {
}
