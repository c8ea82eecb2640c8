package st.libreho.governance.internal.web.meetings;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.governance.AgendaEntry;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingView;
import st.libreho.governance.internal.web.meetings.MeetingAccess.Option;
import st.libreho.kb.KnowledgeBase;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;

/**
 * A meeting's page: when (in its zone, and in UTC), where, who facilitates and takes notes; its agenda, computed
 * (applications under review, proposals, then the free points), linking each proposal to its page; attendance; the
 * minutes rendered from Markdown with their approval. A member gets the forms to add a point, publish the agenda,
 * record attendance, write the minutes, approve the previous meeting's and cancel it; each answers with
 * Post/Redirect/Get, or shows the page again with what was typed and what is wrong.
 */
@Path("/meetings")
public class MeetingPage {

    private static final String ID = "{id: \\d+}";

    /** What the members' forms hold as typed, so that a refused form shows it again. */
    @TemplateData
    public record Forms(String itemTitle, String itemDescription, String minutes, long minutesVersion,
            List<String> attendance) {

        static Forms of(MeetingView m) {
            return new Forms("", "", m.minutes() == null ? "" : m.minutes(), m.version(), m.attendance());
        }
    }

    /**
     * Everything the page shows, worked out here so that the template only lays it out.
     *
     * @param when the start in the meeting's zone, in the reader's words
     * @param minutesHtml the minutes rendered and sanitised, or null
     * @param mayApprove whether to offer approving the previous meeting's minutes
     * @param present the organisations that attended, by name when the directory knows them
     */
    @TemplateData
    public record Data(MeetingView m, String day, String when, String utc, List<AgendaEntry> applications,
            List<AgendaEntry> proposals, List<AgendaEntry> free, String minutesHtml, boolean started,
            boolean mayTakePart, boolean mayWriteMinutes, boolean mayApprove, List<Option> present,
            List<Option> organisations, Forms forms, FormErrors errors, List<ConflictRow> conflict, String done) {
    }

    @CheckedTemplate(basePath = "governance/meetings")
    static class Templates {
        static native TemplateInstance meeting(Data d);
    }

    private final Governance governance;
    private final KnowledgeBase knowledgeBase;
    private final MeetingAccess access;
    private final MeetingLabels labels;
    private final Clock clock;

    public MeetingPage(Governance governance, KnowledgeBase knowledgeBase, MeetingAccess access,
            MeetingLabels labels, Clock clock) {
        this.governance = governance;
        this.knowledgeBase = knowledgeBase;
        this.access = access;
        this.labels = labels;
        this.clock = clock;
    }

    @GET
    @Path(ID)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> show(@RestPath long id, @RestQuery String done) {
        MeetingView m = existing(id);
        return render(200, m, Forms.of(m), FormErrors.none(labels), List.of(), done);
    }

    @POST
    @Path(ID + "/items")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> addItem(@RestPath long id, @RestForm String title,
            @RestForm String description) {
        try {
            governance.addAgendaItem(id, title, description, access.actor());
            return done(id, "item");
        } catch (InvalidInputException invalid) {
            MeetingView m = existing(id);
            Forms typed = new Forms(title, description, Forms.of(m).minutes(), m.version(), m.attendance());
            return refused(m, typed, invalid);
        }
    }

    @POST
    @Path(ID + "/agenda/publish")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> publish(@RestPath long id) {
        try {
            governance.publishAgenda(id, access.actor());
            return done(id, "published");
        } catch (InvalidInputException invalid) {
            MeetingView m = existing(id);
            return refused(m, Forms.of(m), invalid);
        }
    }

    @POST
    @Path(ID + "/attendance")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> attendance(@RestPath long id, @RestForm List<String> attendance) {
        List<String> chosen = attendance == null ? List.of() : attendance;
        try {
            governance.recordAttendance(id, chosen, access.actor());
            return done(id, "saved");
        } catch (InvalidInputException invalid) {
            MeetingView m = existing(id);
            Forms typed = Forms.of(m);
            return refused(m, new Forms("", "", typed.minutes(), m.version(), chosen), invalid);
        }
    }

    @POST
    @Path(ID + "/minutes")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> minutes(@RestPath long id, @RestForm String minutes,
            @RestForm long version) {
        try {
            governance.writeMinutes(id, minutes, version, access.actor());
            return done(id, "saved");
        } catch (InvalidInputException invalid) {
            MeetingView m = existing(id);
            return refused(m, new Forms("", "", minutes, version, m.attendance()), invalid);
        } catch (ConcurrentChangeException changed) {
            // theirs is shown beside what this person typed; the form now carries the version saved, so that saving
            // again puts this text over theirs knowingly
            MeetingView m = changed.current(MeetingView.class);
            List<ConflictRow> conflict = ConflictRow.between(Map.of("minutes", text(m.minutes())),
                    Map.of("minutes", text(minutes)), labels);
            return render(409, m, new Forms("", "", minutes, m.version(), m.attendance()), FormErrors.none(labels),
                    conflict, null);
        }
    }

    @POST
    @Path(ID + "/approve-previous-minutes")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> approve(@RestPath long id) {
        try {
            governance.approvePreviousMinutes(id, access.actor());
            return done(id, "approved");
        } catch (InvalidInputException invalid) {
            MeetingView m = existing(id);
            return refused(m, Forms.of(m), invalid);
        }
    }

    @POST
    @Path(ID + "/cancel")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> cancel(@RestPath long id, @RestForm long version) {
        try {
            governance.cancelMeeting(id, version, access.actor());
            return done(id, "cancelled");
        } catch (InvalidInputException invalid) {
            MeetingView m = existing(id);
            return refused(m, Forms.of(m), invalid);
        }
    }

    // --- rendering ---------------------------------------------------------------------------------------------

    private static RestResponse<TemplateInstance> done(long id, String what) {
        return RestResponse.seeOther(URI.create("/meetings/" + id + "?done=" + what));
    }

    private RestResponse<TemplateInstance> refused(MeetingView m, Forms typed, InvalidInputException invalid) {
        return render(400, m, typed, new FormErrors(labels).addAll(invalid.problems()), List.of(), null);
    }

    private MeetingView existing(long id) {
        return governance.meeting(id).orElseThrow(() -> new NotFoundException("There is no meeting " + id + "."));
    }

    private RestResponse<TemplateInstance> render(int status, MeetingView m, Forms forms, FormErrors errors,
            List<ConflictRow> conflict, String done) {
        boolean member = access.mayTakePart();
        boolean started = !clock.instant().isBefore(m.startsAt());
        Actor actor = access.actor();
        boolean roleHolder = actor != null && actor.email() != null && actor.emailVerified()
                && (actor.email().equalsIgnoreCase(String.valueOf(m.facilitator()))
                        || actor.email().equalsIgnoreCase(String.valueOf(m.noteTaker())));
        boolean mayApprove = member && started && !m.cancelled() && m.previousMeeting() != null
                && m.approvedMinutesOf() == null
                && previousAwaitsApproval(m.previousMeeting());
        // the directory's names for the organisations, only when the page shows some or offers the form
        List<Option> organisations = member && started && !m.cancelled() || !m.attendance().isEmpty()
                ? access.memberOrganisations()
                : List.of();
        List<Option> present = m.attendance().stream().map(slug -> organisations.stream()
                .filter(o -> o.value().equals(slug)).findFirst().orElse(new Option(slug, slug))).toList();
        String minutesHtml = m.minutes() == null ? null : knowledgeBase.render(m.minutes()).html();
        Data data = new Data(m, labels.day(m.startsAt(), m.timeZone()), labels.local(m.startsAt(), m.timeZone()),
                st.libreho.platform.web.Moments.readable(m.startsAt(), labels.locale()),
                of(m, AgendaEntry.Kind.APPLICATION), of(m, AgendaEntry.Kind.PROPOSAL), of(m, AgendaEntry.Kind.FREE),
                minutesHtml, started, member, !m.cancelled() && m.minutesApprovedBy() == null && (member || roleHolder),
                mayApprove, present, member ? organisations : List.of(), forms, errors, conflict, done);
        return access.page(status, Templates.meeting(data));
    }

    private boolean previousAwaitsApproval(long previousId) {
        Optional<MeetingView> previous = governance.meeting(previousId);
        return previous.isPresent() && previous.get().minutesApprovedBy() == null
                && previous.get().minutes() != null && !previous.get().minutes().isBlank();
    }

    private static List<AgendaEntry> of(MeetingView m, AgendaEntry.Kind kind) {
        return m.agenda().stream().filter(entry -> entry.kind() == kind).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
