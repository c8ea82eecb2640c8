package st.libreho.governance;

/**
 * A monthly meeting as a member plans it, the way a form or the API sends it: the facade checks each field and names
 * the bad ones.
 *
 * @param startsAt the local date and time in {@code timeZone}, ISO-8601 without offset ({@code 2026-12-10T18:00}); a
 *        past moment is accepted, to record a meeting already held
 * @param timeZone an IANA time zone ({@code Europe/Paris})
 * @param durationMinutes null for the usual 90 minutes
 * @param link where the meeting is held online: an https address
 * @param facilitator the facilitator's e-mail address (a member delegation's), or null when not yet chosen
 * @param noteTaker the note-taker's e-mail address, or null when not yet chosen
 */
public record MeetingDraft(String startsAt, String timeZone, Integer durationMinutes, String link, String facilitator,
        String noteTaker) {
}
