package st.libreho.governance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.governance.internal.applications.Applications;
import st.libreho.governance.internal.care.CareTeam;
import st.libreho.governance.internal.care.Incidents;
import st.libreho.governance.internal.departures.Departures;
import st.libreho.governance.internal.meetings.Meetings;
import st.libreho.governance.internal.notices.Notices;
import st.libreho.governance.internal.proposals.Closing;
import st.libreho.governance.internal.proposals.Deliberation;
import st.libreho.governance.internal.proposals.ProposalReading;
import st.libreho.governance.internal.proposals.Proposals;
import st.libreho.platform.Actor;
import st.libreho.platform.Page;

/**
 * The governance module's facade: proposals and decisions, applications to join, meetings, press releases,
 * departures, the care team and incident reports, and the notices they send. Pages and the API call it with the
 * {@link st.libreho.platform.Actor} asking; it decides who may do what.
 */
@ApplicationScoped
public class Governance {

    private final Proposals proposals;
    private final Deliberation deliberation;
    private final Closing closing;
    private final ProposalReading reading;
    private final Applications applications;

    private final Notices notices;
    private final Meetings meetings;
    private final Departures departures;
    private final CareTeam careTeam;
    private final Incidents incidents;

    public Governance(Proposals proposals, Deliberation deliberation, Closing closing, ProposalReading reading,
            Applications applications, Notices notices, Meetings meetings, Departures departures, CareTeam careTeam,
            Incidents incidents) {
        this.careTeam = careTeam;
        this.incidents = incidents;
        this.meetings = meetings;
        this.departures = departures;
        this.applications = applications;
        this.notices = notices;
        this.proposals = proposals;
        this.deliberation = deliberation;
        this.closing = closing;
        this.reading = reading;
    }

    // --- proposals and decisions --------------------------------------------------------------------------

    /**
     * A member opens a proposal for their organisation; the rules in force are frozen on it.
     *
     * @throws st.libreho.platform.InvalidInputException naming each bad field
     * @throws io.quarkus.security.ForbiddenException for anyone not in a member organisation's delegation
     */
    @Transactional
    public ProposalView open(ProposalDraft draft, Actor actor) {
        return reading.view(proposals.open(draft, actor));
    }

    /** A proposal as everyone reads it; closed first if its date has passed. */
    @Transactional
    public Optional<ProposalView> proposal(long id) {
        return reading.find(id);
    }

    /** Proposals in a state (all when null) and of a kind (all when null), paginated. */
    @Transactional
    public Page<ProposalSummary> proposals(ProposalState state, ProposalKind kind, int page, int size) {
        return reading.list(state, kind, page, size);
    }

    /**
     * A new version of the text, by the delegation that opened it (the applicant's for an application); earlier
     * stances become stale and their organisations are asked to confirm.
     *
     * @param baseVersion the text version the person started from, or null
     * @throws st.libreho.platform.ConcurrentChangeException when the text moved on since {@code baseVersion}
     * @throws ProposalClosedException when it is no longer open
     */
    @Transactional
    public ProposalView revise(long id, String title, String text, String summary, Integer baseVersion,
            Actor actor) {
        reading.closeIfDue(id);
        return reading.view(proposals.revise(id, title, text, summary, baseVersion, actor));
    }

    /** A person of a member organisation's delegation gives (or changes) its stance; an objection needs a reason. */
    @Transactional
    public ProposalView takeStance(long id, String organisation, Stance stance, String reason, Actor actor) {
        reading.closeIfDue(id);
        deliberation.takeStance(id, organisation, stance, reason, actor);
        return reading.view(proposals.require(id));
    }

    /** Moves an objection on in the ledger: accommodated, addressed (with a written answer) or withdrawn. */
    @Transactional
    public ProposalView resolveObjection(long id, long objectionId, ObjectionState state, String answer,
            String minutesUrl, Actor actor) {
        reading.closeIfDue(id);
        deliberation.resolveObjection(id, objectionId, state, answer, minutesUrl, actor);
        return reading.view(proposals.require(id));
    }

    /** A comment in the discussion, by a member or by the applicant on its own application. */
    @Transactional
    public ProposalView comment(long id, String body, Actor actor) {
        deliberation.comment(id, body, actor);
        return reading.view(proposals.require(id));
    }

    /**
     * The facilitator declares the outcome: {@link Outcome#CONSENSUS}, {@link Outcome#ROUGH_CONSENSUS} (with a
     * rationale naming the organisations in the rough) or {@link Outcome#NOT_ADOPTED}; the organisation that opened it
     * asks {@link Outcome#WITHDRAWN}.
     */
    @Transactional
    public ProposalView close(long id, Outcome outcome, String rationale, Set<String> inTheRough, Actor actor) {
        reading.closeIfDue(id);
        return reading.view(outcome == Outcome.WITHDRAWN ? closing.withdraw(id, actor)
                : closing.declare(id, outcome, rationale, inTheRough == null ? Set.of() : inTheRough, actor));
    }

    /** A member organisation appeals a declaration of rough consensus within the window; the proposal reopens. */
    @Transactional
    public ProposalView appeal(long id, String organisation, String reason, Actor actor) {
        return reading.view(closing.appeal(id, organisation, reason, actor));
    }

    /** The public decision log: closed proposals with their text, rules, stances and ledger, newest first. */
    @Transactional
    public Page<ProposalView> decisions(ProposalKind kind, int page, int size) {
        return reading.decisions(kind, false, page, size);
    }

    /** The network's news: adopted press releases, newest first. */
    @Transactional
    public Page<ProposalView> news(int page, int size) {
        return reading.decisions(ProposalKind.PRESS_RELEASE, true, page, size);
    }

    /** One item of the news: an adopted press release, or empty for any other proposal or none. */
    @Transactional
    public Optional<ProposalView> newsItem(long id) {
        return reading.newsItem(id);
    }

    // --- applications -------------------------------------------------------------------------------------

    /**
     * A signed-in person applies for an organisation: it enters the directory as an applicant (not listed), the
     * person's address becomes its first delegation address, and a membership proposal opens for the members' review.
     *
     * @throws st.libreho.platform.InvalidInputException naming each bad field of the entry (the directory's checks)
     */
    @Transactional
    public ApplicationView apply(ApplicationDraft draft, Actor actor) {
        return applications.view(applications.apply(draft, actor));
    }

    /** An application with its membership proposal; its proposal is closed first if its date has passed. */
    @Transactional
    public Optional<ApplicationView> application(long id) {
        return applications.find(id);
    }

    /** Applications, newest first. */
    @Transactional
    public Page<ApplicationSummary> applications(int page, int size) {
        return applications.list(page, size);
    }

    // --- leaving ------------------------------------------------------------------------------------------

    /**
     * A member organisation's delegation leaves the network, at once ({@code effectiveAt} null) or at a date (it is
     * "leaving" until then). Exclusions and ends of services are decisions: proposals of those kinds.
     */
    @Transactional
    public DepartureView leave(String organisation, java.time.Instant effectiveAt, Actor actor) {
        return departures.leave(organisation, effectiveAt, actor);
    }

    /** Departures, newest first: former members stay in the history. */
    @Transactional
    public Page<DepartureView> departures(int page, int size) {
        return departures.list(page, size);
    }

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

    /**
     * What an organisation receives by e-mail, topic by topic (every topic is on until turned off). For its delegates
     * and operators; anyone else gets a {@link io.quarkus.security.ForbiddenException}.
     */
    @Transactional
    public NoticeChoicesView noticeChoices(String slug, Actor actor) {
        return notices.choices(slug, actor);
    }

    /** A delegate (or an operator) turns topics on or off for their organisation; topics not given stay as they are. */
    @Transactional
    public NoticeChoicesView chooseNotices(String slug, Map<NoticeTopic, Boolean> choices, Actor actor) {
        return notices.choose(slug, choices, actor);
    }

    /**
     * Records a reminder to each member organisation that has not taken a stance on an open proposal closing within
     * {@code librehosters.governance.closing-soon}, once per proposal and organisation however often it is called.
     * The closing job calls it in its transaction; the notices are sent when that commits.
     *
     * @return how many reminders were recorded by this call
     */
    @Transactional
    public int remindClosingSoon() {
        return notices.remindClosingSoon();
    }

    // --- care team and incidents --------------------------------------------------------------------------

    /**
     * Who is in the care team, by address: for signed-in people only, so that a reporter knows who will read them; a
     * visitor learns only {@link #careTeamSize()}.
     *
     * @throws io.quarkus.security.UnauthorizedException for a visitor
     */
    @Transactional
    public List<CareTeamMemberView> careTeam(Actor actor) {
        return careTeam.members(actor);
    }

    /** How many people the care team has; 0 until it is named. */
    @Transactional
    public long careTeamSize() {
        return careTeam.size();
    }

    /** Whether the person is in the care team (by their address, under the directory's rule for addresses). */
    @Transactional
    public boolean isInCareTeam(Actor actor) {
        return careTeam.isMember(actor);
    }

    /**
     * An operator names the first care team, while none is named; from then on only an adopted care-team proposal
     * changes it.
     *
     * @throws io.quarkus.security.ForbiddenException for anyone but an operator
     * @throws CareTeamNamedException when a care team is named already (409)
     * @throws st.libreho.platform.InvalidInputException on {@code emails}: none, more than 20, or not an address
     */
    @Transactional
    public List<CareTeamMemberView> bootstrapCareTeam(List<String> emails, Actor operator) {
        return careTeam.bootstrap(emails, operator);
    }

    /**
     * A signed-in person reports an incident to the care team. Confidential: read only by the reporter and the care
     * team, except a member of it among the people it concerns.
     *
     * @throws io.quarkus.security.UnauthorizedException for a visitor
     * @throws st.libreho.platform.InvalidInputException on {@code text} (required, at most 20,000 characters) and
     *         {@code concerned} (addresses, at most 20)
     */
    @Transactional
    public IncidentReportView fileIncidentReport(IncidentReportDraft draft, Actor actor) {
        return incidents.file(draft, actor);
    }

    /**
     * An incident report, for its reporter and the care team (a member of it the report concerns excepted); empty for
     * anyone else, as for a report that does not exist.
     */
    @Transactional
    public Optional<IncidentReportView> incidentReport(long id, Actor actor) {
        return incidents.read(id, actor);
    }

    /** The incident reports the person may read, newest first: all for the care team, their own for anyone else. */
    @Transactional
    public Page<IncidentReportSummary> incidentReports(Actor actor, int page, int size) {
        return incidents.list(actor, page, size);
    }

    /**
     * A member of the care team who may read the report writes a note, for the care team only.
     *
     * @throws st.libreho.platform.NotFoundException when the person may not read the report
     * @throws io.quarkus.security.ForbiddenException for its reporter, who is not in the care team
     */
    @Transactional
    public IncidentReportView noteIncident(long id, String body, Actor actor) {
        return incidents.note(id, body, actor);
    }

    /** A member of the care team who may read the report moves it to another state, which its reporter sees. */
    @Transactional
    public IncidentReportView changeIncidentState(long id, IncidentState state, Actor actor) {
        return incidents.changeState(id, state, actor);
    }
}
