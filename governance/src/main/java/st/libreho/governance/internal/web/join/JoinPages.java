package st.libreho.governance.internal.web.join;

import java.net.URI;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.directory.Directory;
import st.libreho.governance.ApplicationSummary;
import st.libreho.governance.ApplicationView;
import st.libreho.governance.Governance;
import st.libreho.governance.internal.GovernanceConfig;
import st.libreho.governance.internal.web.GovernanceAccess;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.FormErrors;

/**
 * Applying to join ({@code /join}) and following an application ({@code /join/applications/{id}}). The entry is
 * checked by the directory; its services and statements are completed on the directory's own pages, which the
 * applicant's delegation manages from the moment it applies.
 */
@Path("/join")
public class JoinPages {

    @CheckedTemplate(basePath = "governance/JoinPages")
    static class Templates {
        static native TemplateInstance form(JoinForm form, FormErrors errors, boolean signedIn, String email,
                long reviewDays);

        static native TemplateInstance application(ApplicationView application, boolean applicant, boolean member,
                boolean submitted);

        static native TemplateInstance list(Page<ApplicationSummary> applications);
    }

    private final Governance governance;
    private final Directory directory;
    private final GovernanceAccess access;
    private final JoinLabels labels;
    private final GovernanceConfig config;

    public JoinPages(Governance governance, Directory directory, GovernanceAccess access, JoinLabels labels,
            GovernanceConfig config) {
        this.governance = governance;
        this.directory = directory;
        this.access = access;
        this.labels = labels;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form() {
        return render(200, JoinForm.empty(), FormErrors.none(labels));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> apply(@BeanParam JoinForm form) {
        try {
            ApplicationView application = governance.apply(form.draft(), access.actor());
            return RestResponse.seeOther(URI.create("/join/applications/" + application.id() + "?submitted=1"));
        } catch (InvalidInputException invalid) {
            return render(422, form, new FormErrors(labels).addAll(invalid.problems()));
        }
    }

    private RestResponse<TemplateInstance> render(int status, JoinForm form, FormErrors errors) {
        var actor = access.actor();
        boolean signedIn = actor != null && actor.subject() != null;
        return access.privatePage(status, Templates.form(form, errors, signedIn, signedIn ? actor.email() : null,
                config.reviewPeriod().toDays()));
    }

    @GET
    @Path("applications")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> list(@QueryParam("page") @DefaultValue("1") int page) {
        return access.page(200, Templates.list(governance.applications(page, 20)));
    }

    @GET
    @Path("applications/{id}")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> application(@PathParam("id") long id,
            @QueryParam("submitted") String submitted) {
        ApplicationView application = governance.application(id)
                .orElseThrow(() -> new NotFoundException("There is no application " + id + "."));
        boolean applicant = directory.canManage(access.actor(), application.organisation());
        return access.privatePage(200, Templates.application(application, applicant, !access.members().isEmpty(),
                submitted != null));
    }
}
