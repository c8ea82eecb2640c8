package st.libreho.governance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A monthly meeting with its computed agenda, its attendance and its minutes.
 *
 * @param startsAt the moment it starts
 * @param timeZone the IANA time zone it was planned in
 * @param localStart its start as read in {@code timeZone}
 * @param endsAt {@code startsAt} plus its duration
 * @param facilitator the facilitator's address, or null when not yet chosen
 * @param noteTaker the note-taker's address, or null
 * @param agendaPublishedAt when the agenda was sent to the members, or null
 * @param agenda applications under review, proposals, then free items
 * @param attendance the slugs of the organisations that attended, in order
 * @param minutes the minutes in Markdown, or null
 * @param minutesApprovedBy the (following) meeting that approved these minutes, or null
 * @param previousMeeting the meeting held before this one (not cancelled), whose minutes this one approves; null for
 *        the first
 * @param approvedMinutesOf the meeting whose minutes this one approved, or null
 * @param version the row's version, for changes made against what was read
 */
public record MeetingView(long id, Instant startsAt, String timeZone, LocalDateTime localStart, int durationMinutes,
        Instant endsAt, String link, String facilitator, String noteTaker, boolean cancelled,
        Instant agendaPublishedAt, List<AgendaEntry> agenda, List<String> attendance, String minutes,
        Long minutesApprovedBy, Long previousMeeting, Long approvedMinutesOf, String createdBy, long version) {

    public MeetingView {
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
    }
}
