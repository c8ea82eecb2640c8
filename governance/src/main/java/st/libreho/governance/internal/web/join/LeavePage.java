package st.libreho.governance.internal.web.join;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import st.libreho.governance.Governance;
import st.libreho.governance.internal.web.GovernanceAccess;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;

/**
 * A member organisation's delegation leaves the network, at once or on a date (CPP, "Voluntary self-removal"). The
 * page is under the organisation's address because it is the organisation's own act; governance records it.
 */
@Path("/members/{slug}/leave")
@Authenticated
public class LeavePage {

    @CheckedTemplate(basePath = "governance/LeavePage")
    static class Templates {
        static native TemplateInstance leave(String slug, String on, FormErrors errors);
    }

    private final Governance governance;
    private final GovernanceAccess access;
    private final JoinLabels labels;

    public LeavePage(Governance governance, GovernanceAccess access, JoinLabels labels) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@PathParam("slug") String slug) {
        requireSpeaker(slug);
        return access.privatePage(200, Templates.leave(slug, null, FormErrors.none(labels)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> leave(@PathParam("slug") String slug, @RestForm String on) {
        requireSpeaker(slug);
        FormErrors errors = new FormErrors(labels);
        java.time.Instant when = null;
        if (on != null && !on.isBlank()) {
            try {
                when = LocalDate.parse(on.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.add("on", labels.messages().leave_bad_date());
                return access.privatePage(422, Templates.leave(slug, on, errors));
            }
        }
        try {
            governance.leave(slug, when, access.actor());
        } catch (InvalidInputException invalid) {
            return access.privatePage(422, Templates.leave(slug, on, errors.addAll(invalid.problems())));
        }
        return RestResponse.seeOther(URI.create("/members/" + slug));
    }

    private void requireSpeaker(String slug) {
        if (!access.speaksFor(slug)) {
            throw new ForbiddenException("Only the organisation's delegation decides that it leaves the network.");
        }
    }
}
