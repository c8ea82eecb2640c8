package st.libreho.governance.internal.care;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.governance.IncidentNoteView;
import st.libreho.governance.IncidentReportDraft;
import st.libreho.governance.IncidentReportSummary;
import st.libreho.governance.IncidentReportView;
import st.libreho.governance.IncidentState;
import st.libreho.platform.Actor;
import st.libreho.platform.EmailAddress;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;

/**
 * Confidential incident reports. A report is read by its reporter (the same subject) and by the care team, except a
 * member of the care team whose address is among the people it concerns. To anyone else a report does not exist: the
 * same {@link NotFoundException} as for a report that does not, so that nobody learns that one was filed.
 * <p>
 * The care team writes notes, for the care team only, and moves the report's state, which the reporter sees. Nothing
 * here logs or quotes a report's text or addresses, in a message or an exception.
 */
@ApplicationScoped
public class Incidents {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_NOTE = 10_000;
    public static final int MAX_CONCERNED = 20;
    /** The width of the {@code concerns} column. */
    private static final int MAX_CONCERNS_LENGTH = 2000;
    private static final int MAX_NAME = 200;

    private final CareTeam careTeam;
    private final IncidentMail mail;
    private final Clock clock;

    public Incidents(CareTeam careTeam, IncidentMail mail, Clock clock) {
        this.careTeam = careTeam;
        this.mail = mail;
        this.clock = clock;
    }

    /** How a person may read a report, if at all. */
    enum Reader {
        CARE_TEAM, REPORTER
    }

    public IncidentReportView file(IncidentReportDraft draft, Actor actor) {
        if (actor == null || actor.subject() == null) {
            throw new UnauthorizedException("Sign in to report an incident.");
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("text", "required", "Say what happened");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "max_length", "At most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        Set<String> concerned = CareTeam.addresses("concerned", draft.concerned(), MAX_CONCERNED);
        String concerns = concerned.isEmpty() ? null : String.join(",", concerned);
        if (concerns != null && concerns.length() > MAX_CONCERNS_LENGTH) {
            throw InvalidInputException.of("concerned", "max_length", "At most " + MAX_CONCERNS_LENGTH
                    + " characters in all", MAX_CONCERNS_LENGTH);
        }
        IncidentReportEntity report = new IncidentReportEntity();
        report.reporterSubject = actor.subject();
        String name = actor.name() == null || actor.name().isBlank() ? actor.subject() : actor.name();
        report.reporterName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        String email = actor.email() == null ? null : actor.email().strip();
        report.reporterEmail = EmailAddress.isValid(email) ? email : null;
        report.concerns = concerns;
        report.text = text;
        report.reportedAt = clock.instant();
        report.state = IncidentState.OPEN;
        report.persist();
        // the care team, but not a member of it the report concerns
        mail.reportFiled(report.id, CareTeamMemberEntity.<CareTeamMemberEntity> listAll().stream()
                .map(m -> m.email.toLowerCase(Locale.ROOT)).filter(address -> !concerned.contains(address)).toList());
        return view(report, reader(report, actor));
    }

    /** The report, if this person may read it; empty for one that does not exist and for one they may not read. */
    public Optional<IncidentReportView> read(long id, Actor actor) {
        IncidentReportEntity report = IncidentReportEntity.findById(id);
        if (report == null) {
            return Optional.empty();
        }
        Reader reader = reader(report, actor);
        return reader == null ? Optional.empty() : Optional.of(view(report, reader));
    }

    /** The reports this person may read, newest first: all those for the care team, their own for a reporter. */
    public Page<IncidentReportSummary> list(Actor actor, int page, int size) {
        if (actor == null || actor.subject() == null) {
            throw new UnauthorizedException("Sign in to read incident reports.");
        }
        int number = Math.max(1, page);
        int length = Math.max(1, Math.min(100, size));
        Sort newest = Sort.by("reportedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        List<IncidentReportEntity> readable;
        if (careTeam.isMember(actor)) {
            // few reports in a network of hosters: the rule is applied here, where it is written once
            readable = IncidentReportEntity.<IncidentReportEntity> listAll(newest).stream()
                    .filter(report -> reader(report, actor, true) != null).toList();
        } else {
            readable = IncidentReportEntity.list("reporterSubject", newest, actor.subject());
        }
        int from = Math.min(readable.size(), (number - 1) * length);
        int to = Math.min(readable.size(), from + length);
        List<IncidentReportSummary> items = readable.subList(from, to).stream()
                .map(r -> new IncidentReportSummary(r.id, r.reporterName, r.reportedAt, r.state,
                        r.reporterSubject.equals(actor.subject())))
                .toList();
        return new Page<>(items, number, length, readable.size());
    }

    /** A member of the care team who may read the report adds a note, for the care team. */
    public IncidentReportView note(long id, String body, Actor actor) {
        IncidentReportEntity report = forCareTeam(id, actor);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("body", "required", "Write the note");
        }
        if (text.length() > MAX_NOTE) {
            throw InvalidInputException.of("body", "max_length", "At most " + MAX_NOTE + " characters", MAX_NOTE);
        }
        IncidentNoteEntity note = new IncidentNoteEntity();
        note.reportId = report.id;
        String name = actor.name() == null || actor.name().isBlank() ? actor.subject() : actor.name();
        note.author = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        note.body = text;
        note.writtenAt = clock.instant();
        note.persist();
        return view(report, Reader.CARE_TEAM);
    }

    /** A member of the care team who may read the report moves it to another state. */
    public IncidentReportView changeState(long id, IncidentState state, Actor actor) {
        IncidentReportEntity report = forCareTeam(id, actor);
        if (state == null) {
            throw InvalidInputException.of("state", "required", "Choose a state");
        }
        report.state = state;
        return view(report, Reader.CARE_TEAM);
    }

    private IncidentReportEntity forCareTeam(long id, Actor actor) {
        IncidentReportEntity report = IncidentReportEntity.findById(id);
        Reader reader = report == null ? null : reader(report, actor);
        if (reader == null) {
            throw new NotFoundException("There is no incident report " + id + ".");
        }
        if (reader != Reader.CARE_TEAM) {
            throw new ForbiddenException("Only the care team writes notes and changes a report's state.");
        }
        return report;
    }

    /** The care team's reading first, so that a member of it who filed a report reads it with the notes. */
    private Reader reader(IncidentReportEntity report, Actor actor) {
        return actor == null || actor.subject() == null ? null : reader(report, actor, careTeam.isMember(actor));
    }

    private static Reader reader(IncidentReportEntity report, Actor actor, boolean careTeamMember) {
        if (actor == null || actor.subject() == null) {
            return null;
        }
        if (careTeamMember && !concerned(report, actor)) {
            return Reader.CARE_TEAM;
        }
        return actor.subject().equals(report.reporterSubject) ? Reader.REPORTER : null;
    }

    /** Whether the person's address, verified or not, is among those the report concerns: then they are kept out. */
    private static boolean concerned(IncidentReportEntity report, Actor actor) {
        return actor.email() != null
                && report.concernedList().contains(actor.email().strip().toLowerCase(Locale.ROOT));
    }

    private static IncidentReportView view(IncidentReportEntity r, Reader reader) {
        List<IncidentNoteView> notes = reader == Reader.CARE_TEAM
                ? IncidentNoteEntity.<IncidentNoteEntity> list("reportId",
                        Sort.by("writtenAt").and("id"), r.id).stream()
                        .map(n -> new IncidentNoteView(n.id, n.author, n.body, n.writtenAt)).toList()
                : List.of();
        return new IncidentReportView(r.id, r.reporterName, r.reporterEmail, r.concernedList(), r.text, r.reportedAt,
                r.state, notes, reader == Reader.CARE_TEAM);
    }
}
