package st.libreho.directory.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationDetails;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;

/** An operator records one of the network's founding members, which nobody could have accepted by application. */
@Path("/operator/members/new")
@RolesAllowed(Actor.OPERATOR_ROLE)
public class FoundingMemberPage {

    @CheckedTemplate(basePath = "directory/FoundingMemberPage")
    static class Templates {
        static native TemplateInstance founding(String slug, EntryForm form, FormErrors errors);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public FoundingMemberPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.founding(null, EntryForm.empty(), FormErrors.none(labels));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> create(@RestForm String slug, @BeanParam EntryForm form) {
        FormErrors errors = new FormErrors(labels);
        OrganisationDetails details = form.details(errors, labels);
        if (errors.isEmpty()) {
            try {
                String chosen = slug == null ? null : slug.strip();
                directory.createFoundingMember(chosen, details, access.actor());
                return FormResponses.savedTo("/members/" + chosen);
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.problems());
            }
        }
        return FormResponses.page(400, Templates.founding(slug, form, errors));
    }
}
