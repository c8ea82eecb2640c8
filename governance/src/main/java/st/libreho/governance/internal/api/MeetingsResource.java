package st.libreho.governance.internal.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.governance.AgendaEntry;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingDraft;
import st.libreho.governance.MeetingSummary;
import st.libreho.governance.MeetingView;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.errors.Problem;

/**
 * The monthly meetings' API: anyone reads meetings, their computed agendas, attendance and minutes; a person who
 * speaks for a member organisation plans meetings, adds free points, publishes the agenda, records attendance,
 * writes minutes and approves the previous meeting's.
 */
@Path("/api/v1/meetings")
@Tag(name = "Governance: meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    private static final String MEETING = "{id}";

    private final Governance governance;
    private final SecurityIdentity identity;

    public MeetingsResource(Governance governance, SecurityIdentity identity) {
        this.governance = governance;
        this.identity = identity;
    }

    private Actor actor() {
        return Identities.actorOf(identity);
    }

    // --- bodies and answers ------------------------------------------------------------------------------------

    /** A meeting as planned; {@code version} only to change one, the version read. */
    record MeetingRequest(String startsAt, String timeZone, Integer durationMinutes, String link, String facilitator,
            String noteTaker, Long version) {

        MeetingDraft draft() {
            return new MeetingDraft(startsAt, timeZone, durationMinutes, link, facilitator, noteTaker);
        }
    }

    record ItemRequest(String title, String description) {
    }

    record MinutesRequest(String minutes, Long version) {
    }

    record VersionRequest(Long version) {
    }

    /**
     * A meeting as the API shows it.
     *
     * @param localStart the start as read in {@code timeZone}
     * @param approvedBy the meeting that approved these minutes, or null
     * @param previousMeeting the meeting whose minutes this one approves
     * @param approvedMinutesOf the meeting whose minutes this one approved, or null
     */
    record MeetingJson(long id, Instant startsAt, String timeZone, LocalDateTime localStart, int durationMinutes,
            Instant endsAt, String link, String facilitator, String noteTaker, boolean cancelled,
            Instant agendaPublishedAt, List<AgendaEntry> agenda, List<String> attendance, String minutes,
            Long approvedBy, Long previousMeeting, Long approvedMinutesOf, String createdBy, long version) {

        static MeetingJson of(MeetingView m) {
            return new MeetingJson(m.id(), m.startsAt(), m.timeZone(), m.localStart(), m.durationMinutes(),
                    m.endsAt(), m.link(), m.facilitator(), m.noteTaker(), m.cancelled(), m.agendaPublishedAt(),
                    m.agenda(), m.attendance(), m.minutes(), m.minutesApprovedBy(), m.previousMeeting(),
                    m.approvedMinutesOf(), m.createdBy(), m.version());
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    @GET
    @Operation(summary = "Meetings", description = "Meetings not over yet first (soonest first), then past ones "
            + "(latest first), cancelled ones marked; paginated (page from 1, size up to 100).")
    public Page<MeetingSummary> list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return governance.meetings(page, size);
    }

    @GET
    @Path(MEETING)
    @Operation(summary = "A meeting", description = "Its date and time (the moment, and as read in its time zone), "
            + "link, facilitator and note-taker; its agenda, computed: the applications under review and the "
            + "proposals open at its start, then the free points; the organisations that attended; its minutes in "
            + "Markdown and the meeting that approved them (approvedBy).")
    @APIResponse(responseCode = "404", description = "There is no such meeting")
    public MeetingJson meeting(@PathParam("id") long id) {
        return MeetingJson.of(governance.meeting(id).orElseThrow(() -> notFound(id)));
    }

    // --- planning --------------------------------------------------------------------------------------------

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a meeting", description = "For a person in the delegation of a member organisation. "
            + "startsAt is a local date and time (2026-12-10T18:00) in timeZone, an IANA time zone (Europe/Paris); "
            + "a past date records a meeting already held. durationMinutes: 90 when absent. link: https only. "
            + "facilitator and noteTaker: e-mail addresses, optional.")
    @APIResponse(responseCode = "201", description = "Planned; Location is its address")
    @APIResponse(responseCode = "403", description = "You do not speak for a member organisation")
    @APIResponse(responseCode = "422", description = "A field is wrong; each is named")
    public Response create(MeetingRequest request) {
        if (request == null) {
            throw InvalidInputException.of("startsAt", "required", "is required: send the meeting as JSON");
        }
        MeetingView created = governance.createMeeting(request.draft(), actor());
        return Response.created(URI.create("/api/v1/meetings/" + created.id())).entity(MeetingJson.of(created))
                .build();
    }

    @PUT
    @Path(MEETING)
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a meeting", description = "The same fields as to plan it, and the version you "
            + "read: 409 with the meeting as it is now when someone changed it meanwhile.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile; nothing was saved")
    public MeetingJson update(@PathParam("id") long id, MeetingRequest request) {
        if (request == null || request.version() == null) {
            throw InvalidInputException.of("version", "required", "is required: the version you read");
        }
        return MeetingJson.of(governance.updateMeeting(id, request.draft(), request.version(), actor()));
    }

    @POST
    @Path(MEETING + "/cancel")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a meeting", description = "Before it starts; with the version you read. It stays "
            + "listed, and the calendar feed marks it cancelled.")
    public MeetingJson cancel(@PathParam("id") long id, VersionRequest request) {
        return MeetingJson.of(governance.cancelMeeting(id, version(request == null ? null : request.version()),
                actor()));
    }

    // --- the agenda ------------------------------------------------------------------------------------------

    @POST
    @Path(MEETING + "/items")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a point to the agenda", description = "A free point, after the applications and "
            + "proposals: a title (up to 200 characters) and an optional description.")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addItem(@PathParam("id") long id, ItemRequest request) {
        ItemRequest item = request == null ? new ItemRequest(null, null) : request;
        AgendaEntry added = governance.addAgendaItem(id, item.title(), item.description(), actor());
        return Response.created(URI.create("/api/v1/meetings/" + id)).entity(added).build();
    }

    @POST
    @Path(MEETING + "/agenda/publish")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the agenda", description = "Sends it to the member organisations, once: publishing "
            + "it again changes nothing. Send Content-Type: application/json; the body may be empty.")
    public MeetingJson publishAgenda(@PathParam("id") long id) {
        return MeetingJson.of(governance.publishAgenda(id, actor()));
    }

    // --- during and after ------------------------------------------------------------------------------------

    @PUT
    @Path(MEETING + "/attendance")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record attendance", description = "The slugs of the member organisations that attended, "
            + "as a JSON array; replaces what was recorded. Once the meeting has started.")
    public MeetingJson attendance(@PathParam("id") long id, List<String> organisations) {
        return MeetingJson.of(governance.recordAttendance(id, organisations, actor()));
    }

    @PUT
    @Path(MEETING + "/minutes")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the minutes", description = "In Markdown, with the version you read: the "
            + "facilitator, the note-taker or any member. Approved minutes no longer change.")
    public MeetingJson minutes(@PathParam("id") long id, MinutesRequest request) {
        MinutesRequest given = request == null ? new MinutesRequest(null, null) : request;
        return MeetingJson.of(governance.writeMinutes(id, given.minutes(), version(given.version()), actor()));
    }

    @POST
    @Path(MEETING + "/approve-previous-minutes")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the previous meeting's minutes", description = "At this meeting, once it has "
            + "started: the minutes of the meeting before it are approved by this one. Answers that earlier meeting. "
            + "Send Content-Type: application/json; the body may be empty.")
    public MeetingJson approvePrevious(@PathParam("id") long id) {
        return MeetingJson.of(governance.approvePreviousMinutes(id, actor()));
    }

    // --- answers ---------------------------------------------------------------------------------------------

    /** Bad input is a 422 here, each field named. */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "required", "is required: the version you read");
        }
        return version;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no meeting " + id + ".");
    }
}
