package st.libreho.governance.internal.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationMembership;
import st.libreho.governance.AgendaEntry;
import st.libreho.governance.AgendaPublished;
import st.libreho.governance.MeetingDraft;
import st.libreho.governance.MeetingSummary;
import st.libreho.governance.MeetingView;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.PublicContent;

/**
 * The network's monthly online meetings: planned by members, with an agenda that fills itself from the proposals and
 * applications open at their start plus free items, attendance by organisation, and minutes in Markdown approved at
 * the following meeting.
 * <p>
 * Who may: a person in the delegation of a member organisation plans, changes and cancels meetings, adds free items,
 * publishes the agenda, records attendance and approves minutes; minutes are written by the facilitator, the
 * note-taker or any member. Operators do not decide for the network: they are members only through a delegation.
 */
@ApplicationScoped
public class Meetings {

    public static final int MAX_PAGE_SIZE = 100;
    /** How far back the calendar feed goes. */
    static final Duration FEED_PAST = Duration.ofDays(366);
    static final int MAX_FEED = 500;
    static final int MAX_ATTENDANCE = 500;

    private final Directory directory;
    private final AgendaQuery agendas;
    private final EntityManager entities;
    private final Event<AgendaPublished> agendaPublished;
    private final PublicContent publicContent;
    private final Clock clock;

    public Meetings(Directory directory, AgendaQuery agendas, EntityManager entities,
            Event<AgendaPublished> agendaPublished, PublicContent publicContent, Clock clock) {
        this.directory = directory;
        this.agendas = agendas;
        this.entities = entities;
        this.agendaPublished = agendaPublished;
        this.publicContent = publicContent;
        this.clock = clock;
    }

    // --- what the proposals' code asks -----------------------------------------------------------------------

    /**
     * Whether the proposal was on the agenda of a meeting held by {@code now}: a meeting not cancelled, started at or
     * before {@code now}, at whose start the proposal was open (opened before, not closed before). An application
     * may only be accepted once it was.
     */
    @Transactional
    public boolean discussedAtMeeting(long proposalId, Instant now) {
        return agendas.discussed(proposalId, now);
    }

    /** The first meeting, not cancelled, that starts after {@code now}. */
    @Transactional
    public Optional<MeetingView> nextMeeting(Instant now) {
        MeetingEntity next = MeetingEntity
                .<MeetingEntity> find("cancelled = false and startsAt > ?1 order by startsAt, id", now)
                .firstResult();
        return Optional.ofNullable(next).map(this::view);
    }

    /** The first meeting, not cancelled, that starts after now. */
    @Transactional
    public Optional<MeetingView> nextMeeting() {
        return nextMeeting(clock.instant());
    }

    // --- reading ---------------------------------------------------------------------------------------------

    @Transactional
    public Optional<MeetingView> meeting(long id) {
        return Optional.ofNullable(MeetingEntity.<MeetingEntity> findById(id)).map(this::view);
    }

    /**
     * Meetings not over yet first, soonest first, then past ones, latest first; cancelled ones too, marked.
     *
     * @param page from 1
     * @param size up to {@link #MAX_PAGE_SIZE}
     */
    @Transactional
    public Page<MeetingSummary> list(int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int number = Math.max(1, page);
        Instant now = clock.instant();
        long total = MeetingEntity.count();
        @SuppressWarnings("unchecked")
        List<MeetingEntity> found = entities.createNativeQuery("""
                SELECT * FROM governance.meeting
                ORDER BY CASE WHEN starts_at + duration_minutes * interval '1 minute' > :now THEN 0 ELSE 1 END,
                         CASE WHEN starts_at + duration_minutes * interval '1 minute' > :now THEN starts_at END ASC,
                         starts_at DESC, id DESC
                OFFSET :offset LIMIT :limit
                """, MeetingEntity.class).setParameter("now", now)
                .setParameter("offset", (long) (number - 1) * pageSize).setParameter("limit", pageSize)
                .getResultList();
        return new Page<>(found.stream().map(Meetings::summary).toList(), number, pageSize, total);
    }

    /**
     * What the calendar feed holds: every meeting that ended in the last year or is not over yet, cancelled ones
     * included (a calendar that has one removes it when it reads it cancelled), in order.
     */
    @Transactional
    public List<MeetingSummary> calendar() {
        Instant since = clock.instant().minus(FEED_PAST);
        return MeetingEntity.<MeetingEntity> find("startsAt >= ?1 order by startsAt, id", since).range(0,
                MAX_FEED - 1).list().stream().map(Meetings::summary).toList();
    }

    // --- planning --------------------------------------------------------------------------------------------

    @Transactional
    public MeetingView create(MeetingDraft draft, Actor actor) {
        member(actor);
        MeetingRules.Checked checked = MeetingRules.check(draft);
        MeetingEntity meeting = new MeetingEntity();
        apply(meeting, checked);
        meeting.createdBy = actor.name();
        meeting.persist();
        publicContent.changed();
        return view(meeting);
    }

    /** Changes a meeting's date, time, link or roles, against the {@code expectedVersion} the person read. */
    @Transactional
    public MeetingView update(long id, MeetingDraft draft, long expectedVersion, Actor actor) {
        member(actor);
        MeetingEntity meeting = locked(id);
        current(meeting, expectedVersion);
        notCancelled(meeting);
        apply(meeting, MeetingRules.check(draft));
        return changed(meeting);
    }

    /** Cancels a meeting that has not started yet. */
    @Transactional
    public MeetingView cancel(long id, long expectedVersion, Actor actor) {
        member(actor);
        MeetingEntity meeting = locked(id);
        current(meeting, expectedVersion);
        if (meeting.cancelled) {
            return view(meeting);
        }
        if (!clock.instant().isBefore(meeting.startsAt)) {
            throw InvalidInputException.of("meeting", "started", "has already started: it cannot be cancelled");
        }
        meeting.cancelled = true;
        return changed(meeting);
    }

    // --- the agenda ------------------------------------------------------------------------------------------

    /** Adds a free point to the agenda, after the proposals and the points added before. */
    @Transactional
    public AgendaEntry addItem(long id, String title, String description, Actor actor) {
        member(actor);
        MeetingEntity meeting = existing(id);
        notCancelled(meeting);
        AgendaItemEntity item = new AgendaItemEntity();
        item.meetingId = meeting.id;
        item.title = MeetingRules.title(title);
        item.description = MeetingRules.description(description);
        item.addedBy = actor.name();
        item.addedAt = clock.instant();
        item.persist();
        publicContent.changed();
        return new AgendaEntry(AgendaEntry.Kind.FREE, null, item.id, item.title, null, null, null, null,
                item.description, item.addedBy);
    }

    /**
     * Sends the agenda to the members ({@link AgendaPublished}, observed in this transaction). Once: publishing it
     * again changes nothing and sends nothing.
     */
    @Transactional
    public MeetingView publishAgenda(long id, Actor actor) {
        member(actor);
        MeetingEntity meeting = locked(id);
        notCancelled(meeting);
        if (meeting.agendaPublishedAt != null) {
            return view(meeting);
        }
        meeting.agendaPublishedAt = clock.instant();
        MeetingView view = changed(meeting);
        agendaPublished.fire(new AgendaPublished(meeting.id, meeting.startsAt, meeting.timeZone, meeting.link));
        return view;
    }

    // --- during and after ------------------------------------------------------------------------------------

    /** Records which member organisations attended, replacing what was recorded; from the meeting's start on. */
    @Transactional
    public MeetingView recordAttendance(long id, List<String> organisations, Actor actor) {
        member(actor);
        MeetingEntity meeting = locked(id);
        notCancelled(meeting);
        started(meeting, "attendance");
        Set<String> slugs = new LinkedHashSet<>();
        for (String slug : organisations == null ? List.<String> of() : organisations) {
            if (slug != null && !slug.isBlank()) {
                slugs.add(slug.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (slugs.size() > MAX_ATTENDANCE) {
            throw InvalidInputException.of("attendance", "too_many", "may name at most " + MAX_ATTENDANCE
                    + " organisations", MAX_ATTENDANCE);
        }
        Set<String> members = new java.util.HashSet<>(directory.memberSlugs());
        List<FieldProblem> problems = new ArrayList<>();
        slugs.stream().filter(slug -> !members.contains(slug)).forEach(slug -> problems.add(FieldProblem.of(
                "attendance", "not_member", slug + " is not a member organisation", slug)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entities.createNativeQuery("DELETE FROM governance.attendance WHERE meeting_id = :meeting")
                .setParameter("meeting", meeting.id).executeUpdate();
        for (String slug : slugs) {
            entities.createNativeQuery("INSERT INTO governance.attendance (meeting_id, organisation) "
                    + "VALUES (:meeting, :organisation)").setParameter("meeting", meeting.id)
                    .setParameter("organisation", slug).executeUpdate();
        }
        return changed(meeting);
    }

    /**
     * Writes the minutes, in Markdown, against the {@code expectedVersion} read: the facilitator, the note-taker or
     * any member. Approved minutes no longer change.
     */
    @Transactional
    public MeetingView writeMinutes(long id, String minutes, long expectedVersion, Actor actor) {
        MeetingEntity meeting = locked(id);
        if (!holdsRole(actor, meeting)) {
            member(actor);
        }
        current(meeting, expectedVersion);
        notCancelled(meeting);
        if (meeting.minutesApprovedBy != null) {
            throw InvalidInputException.of("minutes", "approved", "were approved at meeting "
                    + meeting.minutesApprovedBy + ": they no longer change", meeting.minutesApprovedBy);
        }
        meeting.minutes = MeetingRules.minutes(minutes);
        return changed(meeting);
    }

    /**
     * At a meeting that has started, approves the minutes of the meeting before it (the last one not cancelled that
     * started earlier). Returns the meeting whose minutes were approved.
     */
    @Transactional
    public MeetingView approvePreviousMinutes(long id, Actor actor) {
        member(actor);
        MeetingEntity meeting = existing(id);
        notCancelled(meeting);
        started(meeting, "minutes");
        MeetingEntity previous = previous(meeting);
        if (previous == null) {
            throw InvalidInputException.of("minutes", "no_previous", "there is no earlier meeting whose minutes this "
                    + "one could approve");
        }
        entities.lock(previous, LockModeType.PESSIMISTIC_WRITE);
        entities.refresh(previous);
        if (previous.minutesApprovedBy != null) {
            throw InvalidInputException.of("minutes", "already_approved", "of meeting " + previous.id
                    + " were already approved at meeting " + previous.minutesApprovedBy, previous.minutesApprovedBy);
        }
        if (MeetingRules.blank(previous.minutes)) {
            throw InvalidInputException.of("minutes", "none_written", "of meeting " + previous.id
                    + " are not written yet", previous.id);
        }
        previous.minutesApprovedBy = meeting.id;
        return changed(previous);
    }

    // --- who may ---------------------------------------------------------------------------------------------

    /** Whether the person speaks for a member organisation of the network. */
    public boolean isMember(Actor actor) {
        return actor != null && directory.organisationsOf(actor).stream().anyMatch(OrganisationMembership::member);
    }

    private void member(Actor actor) {
        if (actor == null) {
            throw new UnauthorizedException("Sign in first.");
        }
        if (!isMember(actor)) {
            throw new ForbiddenException("Only a person in the delegation of a member organisation may do this.");
        }
    }

    private static boolean holdsRole(Actor actor, MeetingEntity meeting) {
        if (actor == null || actor.email() == null || !actor.emailVerified()) {
            return false;
        }
        String email = actor.email().toLowerCase(Locale.ROOT);
        return email.equals(meeting.facilitator) || email.equals(meeting.noteTaker);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void apply(MeetingEntity meeting, MeetingRules.Checked checked) {
        meeting.startsAt = checked.start().toInstant();
        meeting.timeZone = checked.start().getZone().getId();
        meeting.durationMinutes = checked.durationMinutes();
        meeting.link = checked.link();
        meeting.facilitator = checked.facilitator();
        meeting.noteTaker = checked.noteTaker();
    }

    private MeetingView changed(MeetingEntity meeting) {
        entities.flush(); // the version moves now, so that the view says what the next change must name
        publicContent.changed();
        return view(meeting);
    }

    private static MeetingEntity existing(long id) {
        MeetingEntity meeting = MeetingEntity.findById(id);
        if (meeting == null) {
            throw new NotFoundException("There is no meeting " + id + ".");
        }
        return meeting;
    }

    private MeetingEntity locked(long id) {
        MeetingEntity meeting = MeetingEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException("There is no meeting " + id + ".");
        }
        return meeting;
    }

    private void current(MeetingEntity meeting, long expectedVersion) {
        if (meeting.version != expectedVersion) {
            throw new ConcurrentChangeException("The meeting " + meeting.id, view(meeting), meeting.version);
        }
    }

    private static void notCancelled(MeetingEntity meeting) {
        if (meeting.cancelled) {
            throw InvalidInputException.of("meeting", "cancelled", "was cancelled: it no longer changes");
        }
    }

    private void started(MeetingEntity meeting, String field) {
        if (clock.instant().isBefore(meeting.startsAt)) {
            throw InvalidInputException.of(field, "not_started", "can only be recorded once the meeting has started");
        }
    }

    private static MeetingEntity previous(MeetingEntity meeting) {
        return MeetingEntity.<MeetingEntity> find("cancelled = false and startsAt < ?1 order by startsAt desc, id desc",
                meeting.startsAt).firstResult();
    }

    private MeetingView view(MeetingEntity meeting) {
        return view(meeting, agendas.agenda(meeting.id));
    }

    private MeetingView view(MeetingEntity meeting, List<AgendaEntry> agenda) {
        @SuppressWarnings("unchecked")
        List<String> attendance = entities.createNativeQuery("SELECT organisation FROM governance.attendance "
                + "WHERE meeting_id = :meeting ORDER BY organisation").setParameter("meeting", meeting.id)
                .getResultList();
        MeetingEntity previous = meeting.cancelled ? null : previous(meeting);
        MeetingEntity approved = MeetingEntity.<MeetingEntity> find("minutesApprovedBy", meeting.id).firstResult();
        ZoneId zone = ZoneId.of(meeting.timeZone);
        return new MeetingView(meeting.id, meeting.startsAt, meeting.timeZone,
                meeting.startsAt.atZone(zone).toLocalDateTime(), meeting.durationMinutes,
                meeting.startsAt.plus(Duration.ofMinutes(meeting.durationMinutes)), meeting.link,
                meeting.facilitator, meeting.noteTaker, meeting.cancelled, meeting.agendaPublishedAt, agenda,
                attendance, meeting.minutes, meeting.minutesApprovedBy, previous == null ? null : previous.id,
                approved == null ? null : approved.id, meeting.createdBy, meeting.version);
    }

    private static MeetingSummary summary(MeetingEntity meeting) {
        return new MeetingSummary(meeting.id, meeting.startsAt, meeting.timeZone, meeting.durationMinutes,
                meeting.link, meeting.cancelled, !MeetingRules.blank(meeting.minutes), meeting.minutesApprovedBy,
                meeting.agendaPublishedAt, meeting.version);
    }
}
