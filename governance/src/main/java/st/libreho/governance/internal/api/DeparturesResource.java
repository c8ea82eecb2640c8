package st.libreho.governance.internal.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import st.libreho.governance.DepartureView;
import st.libreho.governance.Governance;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.errors.Problem;

/** Leaving the network: a member's delegation leaves by itself; everyone reads who left, when and why. */
@Path("/api/v1/departures")
@Tag(name = "Governance: leaving")
@Produces(MediaType.APPLICATION_JSON)
public class DeparturesResource {

    /** A delegation's departure: its organisation, and when (ISO-8601; absent for at once). */
    public record DepartureRequest(String organisation, String effectiveAt) {
    }

    private final Governance governance;
    private final SecurityIdentity identity;

    public DeparturesResource(Governance governance, SecurityIdentity identity) {
        this.governance = governance;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Departures", description = "Voluntary, after a breach of commitments, or at the end of "
            + "services; newest first; paginated.")
    public Page<DepartureView> list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return governance.departures(page, size);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave the network", description = "By a person of the member organisation's delegation, at "
            + "once or at a date (the organisation is LEAVING until then, then FORMER_MEMBER).")
    public Response leave(DepartureRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the departure as JSON");
        }
        List<FieldProblem> problems = new ArrayList<>();
        var when = GovernanceJson.instant("effectiveAt", request.effectiveAt(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DepartureView departure = governance.leave(request.organisation(), when, Identities.actorOf(identity));
        return Response.created(URI.create("/api/v1/departures")).entity(departure).build();
    }

    /** Bad input is a 422 here, each field named. */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }
}
