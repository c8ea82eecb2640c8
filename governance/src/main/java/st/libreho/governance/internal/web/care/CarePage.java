package st.libreho.governance.internal.web.care;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.governance.CareTeamMemberView;
import st.libreho.governance.CareTeamNamedException;
import st.libreho.governance.Governance;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;

/**
 * What the care team is and, for signed-in people, who is in it (so that a reporter knows who will read them); a
 * visitor learns only how many they are. While none is named, an operator gets the form that names the first team.
 */
@Path("/care")
public class CarePage {

    /**
     * Everything the page shows.
     *
     * @param members the care team, for a signed-in person; empty for a visitor, who reads {@code size}
     * @param mayBootstrap whether to offer an operator the form that names the first team
     * @param emails what the operator typed in that form, when it was refused
     */
    @TemplateData
    public record Data(boolean signedIn, long size, List<CareTeamMemberView> members, boolean inCareTeam,
            boolean mayBootstrap, String emails, FormErrors errors, String done) {
    }

    @CheckedTemplate(basePath = "governance/care")
    static class Templates {
        static native TemplateInstance care(Data d);
    }

    private final Governance governance;
    private final CareAccess access;
    private final CareLabels labels;

    public CarePage(Governance governance, CareAccess access, CareLabels labels) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> show(@RestQuery String done) {
        return render(200, "", FormErrors.none(labels), done);
    }

    @POST
    @Path("team")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> bootstrap(@RestForm String emails) {
        String typed = emails == null ? "" : emails;
        try {
            governance.bootstrapCareTeam(typed.lines().toList(), access.actor());
            return RestResponse.seeOther(URI.create("/care?done=named"));
        } catch (InvalidInputException invalid) {
            return render(400, typed, new FormErrors(labels).addAll(invalid.problems()), null);
        } catch (CareTeamNamedException named) {
            return render(409, typed, new FormErrors(labels).add("emails", labels.messages().problem_named()), null);
        }
    }

    private RestResponse<TemplateInstance> render(int status, String emails, FormErrors errors, String done) {
        Actor actor = access.actor();
        boolean signedIn = actor != null;
        long size = governance.careTeamSize();
        List<CareTeamMemberView> members = signedIn ? governance.careTeam(actor) : List.of();
        boolean mayBootstrap = signedIn && actor.operator() && (size == 0 || status == 409);
        return access.page(status, Templates.care(new Data(signedIn, size, members,
                signedIn && governance.isInCareTeam(actor), mayBootstrap, emails, errors, done)));
    }
}
