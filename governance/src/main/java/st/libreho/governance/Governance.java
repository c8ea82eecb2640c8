package st.libreho.governance;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.governance.internal.meetings.Meetings;
import st.libreho.platform.Actor;
import st.libreho.platform.Page;

/**
 * The governance module's facade: proposals and decisions, applications to join, meetings, press releases,
 * departures, the care team and incident reports, and the notices they send. Pages and the API call it with the
 * {@link st.libreho.platform.Actor} asking; it decides who may do what.
 */
@ApplicationScoped
public class Governance {

    private final Meetings meetings;

    public Governance(Meetings meetings) {
        this.meetings = meetings;
    }

    // --- proposals and decisions --------------------------------------------------------------------------

    // --- applications -------------------------------------------------------------------------------------

    // --- meetings -----------------------------------------------------------------------------------------

    /**
     * Plans a monthly meeting (a past one too, to record a meeting held). Members only.
     *
     * @throws st.libreho.platform.InvalidInputException naming each bad field: {@code startsAt}, {@code timeZone},
     *         {@code durationMinutes}, {@code link} (https only), {@code facilitator}, {@code noteTaker}
     */
    @Transactional
    public MeetingView createMeeting(MeetingDraft draft, Actor actor) {
        return meetings.create(draft, actor);
    }

    /** Changes a meeting's date, time, link or roles, against the {@code expectedVersion} read. Members only. */
    @Transactional
    public MeetingView updateMeeting(long id, MeetingDraft draft, long expectedVersion, Actor actor) {
        return meetings.update(id, draft, expectedVersion, actor);
    }

    /** Cancels a meeting that has not started. Members only. */
    @Transactional
    public MeetingView cancelMeeting(long id, long expectedVersion, Actor actor) {
        return meetings.cancel(id, expectedVersion, actor);
    }

    /** A meeting with its computed agenda, attendance and minutes; anyone may read it. */
    @Transactional
    public Optional<MeetingView> meeting(long id) {
        return meetings.meeting(id);
    }

    /** Meetings not over yet first (soonest first), then past ones (latest first); page from 1, size up to 100. */
    @Transactional
    public Page<MeetingSummary> meetings(int page, int size) {
        return meetings.list(page, size);
    }

    /** The next meeting not cancelled, if one is planned. */
    @Transactional
    public Optional<MeetingView> nextMeeting() {
        return meetings.nextMeeting();
    }

    /** The calendar feed's meetings: those of the last year and all upcoming, cancelled ones included, in order. */
    @Transactional
    public List<MeetingSummary> meetingCalendar() {
        return meetings.calendar();
    }

    /** Whether the person may plan meetings, add to their agendas and record them: they speak for a member. */
    @Transactional
    public boolean mayTakePartInMeetings(Actor actor) {
        return meetings.isMember(actor);
    }

    /** Adds a free point to a meeting's agenda. Members only. */
    @Transactional
    public AgendaEntry addAgendaItem(long meetingId, String title, String description, Actor actor) {
        return meetings.addItem(meetingId, title, description, actor);
    }

    /** Sends a meeting's agenda to the members ({@link AgendaPublished}), once. Members only. */
    @Transactional
    public MeetingView publishAgenda(long meetingId, Actor actor) {
        return meetings.publishAgenda(meetingId, actor);
    }

    /** Records the member organisations (slugs) that attended, replacing what was recorded. Members only. */
    @Transactional
    public MeetingView recordAttendance(long meetingId, List<String> organisations, Actor actor) {
        return meetings.recordAttendance(meetingId, organisations, actor);
    }

    /** Writes a meeting's minutes in Markdown: its facilitator, its note-taker or any member. */
    @Transactional
    public MeetingView writeMinutes(long meetingId, String minutes, long expectedVersion, Actor actor) {
        return meetings.writeMinutes(meetingId, minutes, expectedVersion, actor);
    }

    /**
     * At a meeting that has started, approves the minutes of the meeting before it; returns that earlier meeting.
     * Members only.
     */
    @Transactional
    public MeetingView approvePreviousMinutes(long meetingId, Actor actor) {
        return meetings.approvePreviousMinutes(meetingId, actor);
    }

    // --- notices ------------------------------------------------------------------------------------------

    // --- care team and incidents --------------------------------------------------------------------------
}
