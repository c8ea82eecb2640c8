package st.libreho.governance.internal.web.care;

import java.net.URI;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.governance.Governance;
import st.libreho.governance.IncidentReportSummary;
import st.libreho.governance.IncidentReportView;
import st.libreho.governance.IncidentState;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.Pagination;

/**
 * Confidential incident reports: the form that files one, the list a person may read (their own; all but those that
 * concern them for the care team) and a report with the care team's notes and state. Signed-in people only; a report
 * the person may not read answers 404, as one that does not exist. Every answer is {@code no-store}, and none is kept
 * by the visitors' cache.
 */
@Path("/care/reports")
@Authenticated
public class IncidentReportsPage {

    static final int PAGE_SIZE = 20;
    private static final String ID = "{id: \\d+}";

    /** A report on its page, with what the care team's forms hold as typed. */
    @TemplateData
    public record Data(IncidentReportView r, List<IncidentState> states, String note, FormErrors errors,
            String done) {
    }

    @CheckedTemplate(basePath = "governance/care")
    static class Templates {
        static native TemplateInstance reports(List<IncidentReportSummary> reports, Pagination pagination,
                boolean inCareTeam);

        static native TemplateInstance create(IncidentForm form, boolean teamNamed, FormErrors errors);

        static native TemplateInstance report(Data d);
    }

    private final Governance governance;
    private final CareAccess access;
    private final CareLabels labels;

    public IncidentReportsPage(Governance governance, CareAccess access, CareLabels labels) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> list(@QueryParam("page") @DefaultValue("1") int page) {
        Page<IncidentReportSummary> found = governance.incidentReports(access.actor(), page, PAGE_SIZE);
        return access.page(200, Templates.reports(found.items(),
                Pagination.of(found, number -> "/care/reports?page=" + number),
                governance.isInCareTeam(access.actor())));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form() {
        return access.page(200, Templates.create(IncidentForm.blank(), governance.careTeamSize() > 0,
                FormErrors.none(labels)));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> file(@BeanParam IncidentForm form) {
        try {
            IncidentReportView filed = governance.fileIncidentReport(form.draft(), access.actor());
            return RestResponse.seeOther(URI.create("/care/reports/" + filed.id() + "?done=filed"));
        } catch (InvalidInputException invalid) {
            return access.page(400, Templates.create(form, governance.careTeamSize() > 0,
                    new FormErrors(labels).addAll(invalid.problems())));
        }
    }

    @GET
    @Path(ID)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> show(@RestPath long id, @RestQuery String done) {
        return render(200, readable(id), "", FormErrors.none(labels), done);
    }

    @POST
    @Path(ID + "/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> note(@RestPath long id, @RestForm String body) {
        try {
            governance.noteIncident(id, body, access.actor());
            return done(id, "noted");
        } catch (InvalidInputException invalid) {
            return render(400, readable(id), body, new FormErrors(labels).addAll(invalid.problems()), null);
        }
    }

    @POST
    @Path(ID + "/state")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> state(@RestPath long id, @RestForm String state) {
        IncidentState chosen = null;
        for (IncidentState candidate : IncidentState.values()) {
            if (candidate.name().equals(state)) {
                chosen = candidate;
            }
        }
        try {
            governance.changeIncidentState(id, chosen, access.actor());
            return done(id, "state");
        } catch (InvalidInputException invalid) {
            return render(400, readable(id), "", new FormErrors(labels).addAll(invalid.problems()), null);
        }
    }

    private static RestResponse<TemplateInstance> done(long id, String what) {
        return RestResponse.seeOther(URI.create("/care/reports/" + id + "?done=" + what));
    }

    /** The same answer for a report that does not exist and one the person may not read. */
    private IncidentReportView readable(long id) {
        return governance.incidentReport(id, access.actor())
                .orElseThrow(() -> new NotFoundException("There is no incident report " + id + "."));
    }

    private RestResponse<TemplateInstance> render(int status, IncidentReportView r, String note, FormErrors errors,
            String done) {
        return access.page(status, Templates.report(new Data(r, List.of(IncidentState.values()), note, errors,
                done)));
    }
}
