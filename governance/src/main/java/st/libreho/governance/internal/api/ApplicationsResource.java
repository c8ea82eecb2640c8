package st.libreho.governance.internal.api;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.directory.OrganisationDetails;
import st.libreho.governance.ApplicationDraft;
import st.libreho.governance.ApplicationSummary;
import st.libreho.governance.ApplicationView;
import st.libreho.governance.Governance;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.errors.Problem;

/**
 * Applications to join. A signed-in person applies for an organisation; its services and commitment statements are
 * then added through the directory's API ({@code /api/v1/organisations/{slug}/...}) as for any entry; the membership
 * proposal ({@code /api/v1/proposals/{proposal.id}}) carries the review.
 */
@Path("/api/v1/applications")
@Tag(name = "Governance: applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    /** The body of an application: the organisation's slug, its directory entry and the motivation (Markdown). */
    public record ApplicationRequest(String slug, OrganisationDetails organisation, String motivation) {
    }

    private final Governance governance;
    private final SecurityIdentity identity;

    public ApplicationsResource(Governance governance, SecurityIdentity identity) {
        this.governance = governance;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List applications", description = "Newest first, with their state; paginated.")
    public Page<ApplicationSummary> list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return governance.applications(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An application", description = "Its state (UNDER_REVIEW, ACCEPTED, DECLINED, WITHDRAWN), when "
            + "its review period ends, whether a meeting discussed it, and its membership proposal.")
    public ApplicationView application(@PathParam("id") long id) {
        return governance.application(id)
                .orElseThrow(() -> new NotFoundException("There is no application " + id + "."));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to join", description = "The organisation enters the directory as an applicant, not "
            + "listed; the signed-in person's address is its first delegation address; a membership proposal opens "
            + "for at least the review period. The entry is checked as the directory checks it (422 naming fields).")
    public Response apply(ApplicationRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the application as JSON");
        }
        ApplicationView application = governance.apply(new ApplicationDraft(request.slug(), request.organisation(),
                request.motivation()), Identities.actorOf(identity));
        return Response.created(URI.create("/api/v1/applications/" + application.id())).entity(application).build();
    }

    /** Bad input is a 422 here, each field named. */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }
}
