package st.libreho.governance;

import java.time.Instant;

/**
 * A meeting in a list.
 *
 * @param startsAt the moment it starts; {@code timeZone} says how its members read it
 * @param minutesWritten whether it has minutes
 * @param minutesApprovedBy the meeting that approved its minutes, or null
 * @param version the row's version: it moves with every change (a calendar's SEQUENCE)
 */
public record MeetingSummary(long id, Instant startsAt, String timeZone, int durationMinutes, String link,
        boolean cancelled, boolean minutesWritten, Long minutesApprovedBy, Instant agendaPublishedAt, long version) {
}
