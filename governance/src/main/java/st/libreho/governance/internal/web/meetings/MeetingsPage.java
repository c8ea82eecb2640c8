package st.libreho.governance.internal.web.meetings;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingDraft;
import st.libreho.governance.MeetingSummary;
import st.libreho.governance.MeetingView;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.Page;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.Pagination;

/**
 * The list of meetings, those not over yet first, with the calendar feed; and the form members plan a meeting with.
 */
@Path("/meetings")
public class MeetingsPage {

    static final int PAGE_SIZE = 20;

    /** A meeting in the list: its day and start as read in its zone, and whether it is still to come. */
    @TemplateData
    public record MeetingRow(MeetingSummary meeting, String day, String when, boolean upcoming) {
    }

    @CheckedTemplate(basePath = "governance/meetings")
    static class Templates {
        static native TemplateInstance list(List<MeetingRow> upcoming, List<MeetingRow> past, Pagination pagination,
                boolean mayPlan);

        static native TemplateInstance create(MeetingForm form, FormErrors errors);
    }

    private final Governance governance;
    private final MeetingAccess access;
    private final MeetingLabels labels;
    private final Clock clock;

    public MeetingsPage(Governance governance, MeetingAccess access, MeetingLabels labels, Clock clock) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> list(@QueryParam("page") @DefaultValue("1") int page) {
        Page<MeetingSummary> found = governance.meetings(page, PAGE_SIZE);
        Instant now = clock.instant();
        List<MeetingRow> rows = found.items().stream().map(m -> new MeetingRow(m,
                labels.day(m.startsAt(), m.timeZone()), labels.local(m.startsAt(), m.timeZone()),
                m.startsAt().plusSeconds(60L * m.durationMinutes()).isAfter(now))).toList();
        return access.page(200, Templates.list(rows.stream().filter(MeetingRow::upcoming).toList(),
                rows.stream().filter(row -> !row.upcoming()).toList(),
                Pagination.of(found, number -> "/meetings?page=" + number), access.mayTakePart()));
    }

    @GET
    @Path("new")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form() {
        planner();
        return access.page(200, Templates.create(MeetingForm.blank(), FormErrors.none(labels)));
    }

    @POST
    @Path("new")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> create(@BeanParam MeetingForm form) {
        planner();
        FormErrors errors = new FormErrors(labels);
        MeetingDraft draft = form.draft(errors, labels);
        if (!errors.isEmpty()) {
            return access.page(400, Templates.create(form, errors));
        }
        try {
            MeetingView created = governance.createMeeting(draft, access.actor());
            return RestResponse.seeOther(URI.create("/meetings/" + created.id() + "?done=created"));
        } catch (InvalidInputException invalid) {
            return access.page(400, Templates.create(form, errors.addAll(invalid.problems())));
        }
    }

    private void planner() {
        if (!access.mayTakePart()) {
            throw new ForbiddenException("Only a person in the delegation of a member organisation may plan "
                    + "meetings.");
        }
    }
}
