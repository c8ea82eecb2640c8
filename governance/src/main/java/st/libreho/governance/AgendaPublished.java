package st.libreho.governance;

import java.time.Instant;

/** A meeting's agenda was published to the members. Fired inside the publishing transaction. */
public record AgendaPublished(long meetingId, Instant startsAt, String timeZone, String link) {
}
