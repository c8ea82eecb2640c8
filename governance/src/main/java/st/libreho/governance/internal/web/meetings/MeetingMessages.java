package st.libreho.governance.internal.web.meetings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.governance.AgendaEntry;
import st.libreho.governance.ProposalKind;

/**
 * The texts of the meetings' pages and calendar feed (templates read them as {@code meet:}). English is the default
 * here, except for the enum constants (Qute's enum localization: {@code kind_<CONSTANT>} and
 * {@code proposalKind_$<CONSTANT>}), whose English is in {@code messages/meet.properties}; French is in
 * {@code messages/meet_fr.properties}, and a test checks that both have every key.
 */
@MessageBundle("meet")
public interface MeetingMessages {

    @Message
    String kind(AgendaEntry.Kind kind);

    @Message
    String proposalKind(ProposalKind kind);

    // --- the list -------------------------------------------------------------------------------------------

    @Message("Meetings")
    String list_title();

    @Message("The network meets online once a month. Each meeting's agenda fills itself with the applications under "
            + "review and the proposals open at its start; members add other points. The minutes of a meeting are "
            + "approved at the following one.")
    String list_lead();

    @Message("Add the meetings to your calendar (iCalendar)")
    String list_calendar();

    @Message("Plan a meeting")
    String list_plan();

    @Message("Upcoming")
    String list_upcoming();

    @Message("Past meetings")
    String list_past();

    @Message("No meeting is planned.")
    String list_none();

    @Message("The same list for programs, as JSON:")
    String list_api();

    @Message("Meeting of {date}")
    String meeting_title(String date);

    @Message("cancelled")
    String status_cancelled();

    @Message("agenda sent")
    String status_agenda_published();

    @Message("minutes approved")
    String status_minutes_approved();

    @Message("minutes to approve")
    String status_minutes_written();

    // --- a meeting ------------------------------------------------------------------------------------------

    @Message("About this meeting")
    String facts_title();

    @Message("When")
    String facts_when();

    @Message("{local} ({zone})")
    String facts_when_value(String local, String zone);

    @Message("In UTC")
    String facts_utc();

    @Message("Duration")
    String facts_duration();

    @Message("{minutes} minutes")
    String facts_duration_value(int minutes);

    @Message("Where")
    String facts_link();

    @Message("no link yet")
    String facts_no_link();

    @Message("Facilitator")
    String facts_facilitator();

    @Message("Note-taker")
    String facts_note_taker();

    @Message("not chosen yet")
    String facts_not_chosen();

    @Message("This meeting was cancelled.")
    String cancelled_notice();

    @Message("Agenda")
    String agenda_title();

    @Message("Sent to the member organisations on {date}.")
    String agenda_published_on(String date);

    @Message("Not sent to the member organisations yet.")
    String agenda_not_published();

    @Message("Applications under review")
    String agenda_applications();

    @Message("Proposals")
    String agenda_proposals();

    @Message("Other points")
    String agenda_free();

    @Message("Nothing is on the agenda yet.")
    String agenda_empty();

    @Message("closes on {date}")
    String agenda_closes(String date);

    @Message("added by {name}")
    String agenda_added_by(String name);

    @Message("Add a point to the agenda")
    String item_title();

    @Message("What the members should talk about, in a few words.")
    String item_title_hint();

    @Message("Optional: what to read before, what is to be decided.")
    String item_description_hint();

    @Message("Add the point")
    String item_button();

    @Message("Send the agenda to the member organisations by e-mail, once.")
    String publish_lead();

    @Message("Publish the agenda")
    String publish_button();

    @Message("Attendance")
    String attendance_title();

    @Message("No attendance recorded.")
    String attendance_none();

    @Message("The member organisations that took part; choose several with Ctrl or ⌘. This replaces what was "
            + "recorded.")
    String attendance_hint();

    @Message("Record the attendance")
    String attendance_button();

    @Message("Attendance is recorded once the meeting has started.")
    String attendance_later();

    @Message("Minutes")
    String minutes_title();

    @Message("No minutes yet.")
    String minutes_none();

    @Message("Approved at the")
    String minutes_approved_at();

    @Message("following meeting")
    String minutes_following_meeting();

    @Message("Not approved yet: minutes are approved at the following meeting.")
    String minutes_not_approved();

    @Message("Write the minutes")
    String minutes_form_title();

    @Message("In Markdown. The facilitator, the note-taker or any member writes them; once approved, they no longer "
            + "change.")
    String minutes_hint();

    @Message("Save the minutes")
    String minutes_button();

    @Message("Someone else saved the minutes while you were writing. Your text is kept in the form below: compare it "
            + "with theirs, then save it again.")
    String minutes_conflict();

    @Message("The minutes as saved now")
    String minutes_theirs();

    @Message("Approve the minutes of the")
    String approve_lead();

    @Message("previous meeting")
    String approve_previous_meeting();

    @Message("Approve them at this meeting")
    String approve_button();

    @Message("This meeting approved the minutes of the")
    String approved_minutes_of();

    @Message("Cancel the meeting")
    String cancel_button();

    @Message("It stays listed, marked cancelled, and calendars drop it.")
    String cancel_hint();

    @Message("Take part")
    String manage_title();

    @Message("The meeting is planned.")
    String notice_created();

    @Message("Saved.")
    String notice_saved();

    @Message("The agenda was sent to the member organisations.")
    String notice_published();

    @Message("The previous meeting's minutes are approved.")
    String notice_approved();

    @Message("The point was added to the agenda.")
    String notice_item();

    @Message("The meeting is cancelled.")
    String notice_cancelled();

    @Message("The same for programs, as JSON:")
    String meeting_api();

    // --- planning -------------------------------------------------------------------------------------------

    @Message("Plan a meeting")
    String create_title();

    @Message("A monthly online meeting. Its agenda fills itself with the applications under review and the "
            + "proposals open at its start; you and other members add points afterwards.")
    String create_lead();

    @Message("Plan the meeting")
    String create_button();

    @Message("As read in the time zone below. A past date records a meeting already held.")
    String hint_starts_at();

    @Message("An IANA time zone, such as Europe/Paris or America/Montreal.")
    String hint_time_zone();

    @Message("In minutes; 90 when left empty.")
    String hint_duration();

    @Message("Where the meeting is held: an https address, such as https://meet.example.org/librehosters.")
    String hint_link();

    @Message("Optional: the e-mail address, in a member's delegation, of who leads the meeting.")
    String hint_facilitator();

    @Message("Optional: the e-mail address of who writes the minutes.")
    String hint_note_taker();

    // --- fields and problems --------------------------------------------------------------------------------

    @Message("Date and time")
    String field_starts_at();

    @Message("Time zone")
    String field_time_zone();

    @Message("Duration (minutes)")
    String field_duration();

    @Message("Link")
    String field_link();

    @Message("Facilitator")
    String field_facilitator();

    @Message("Note-taker")
    String field_note_taker();

    @Message("Title")
    String field_title();

    @Message("Description")
    String field_description();

    @Message("Minutes")
    String field_minutes();

    @Message("Organisations present")
    String field_attendance();

    @Message("Meeting")
    String field_meeting();

    @Message("is required")
    String problem_required();

    @Message("must be a date and time, such as 2026-12-10 18:00")
    String problem_date_time();

    @Message("does not exist in {zone}: the clocks skip that hour")
    String problem_no_such_time(String zone);

    @Message("must be an IANA time zone, such as Europe/Paris")
    String problem_time_zone();

    @Message("must be between {min} and {max} minutes")
    String problem_range(String min, String max);

    @Message("must be a whole number")
    String problem_number();

    @Message("must be an https address")
    String problem_https();

    @Message("must be an e-mail address, such as name@example.org")
    String problem_email();

    @Message("must be at most {max} characters")
    String problem_max_length(String max);

    @Message("{slug} is not a member organisation")
    String problem_not_member(String slug);

    @Message("may name at most {max} organisations")
    String problem_too_many(String max);

    @Message("was cancelled: it no longer changes")
    String problem_cancelled();

    @Message("has started: it can no longer be cancelled")
    String problem_started();

    @Message("can only be recorded once the meeting has started")
    String problem_not_started();

    @Message("were approved: they no longer change")
    String problem_approved();

    @Message("have no earlier meeting to approve")
    String problem_no_previous();

    @Message("of the previous meeting were already approved")
    String problem_already_approved();

    @Message("of the previous meeting are not written yet")
    String problem_none_written();

    // --- the calendar feed ----------------------------------------------------------------------------------

    @Message("Librehosters meetings")
    String calendar_name();

    @Message("Librehosters monthly meeting")
    String calendar_summary();

    @Message("Agenda and minutes: {page}")
    String calendar_description(String page);
}
