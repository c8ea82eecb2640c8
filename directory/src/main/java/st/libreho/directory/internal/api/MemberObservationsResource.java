package st.libreho.directory.internal.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.directory.CheckClass;
import st.libreho.directory.Directory;
import st.libreho.directory.NodeInfoDifference;
import st.libreho.directory.OrganisationObservations;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.ServiceView;
import st.libreho.directory.internal.observations.NodeInfoComparison;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.errors.Problem;

/**
 * One organisation's observed evidence in the API: what was observed, a check on request, opt-outs. Its own class
 * under the members' path, since {@link MembersResource} would otherwise take these addresses.
 */
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/members/{slug}/observations")
public class MemberObservationsResource {

    /** An organisation's observations, with what its services' NodeInfo says differently from their declaration. */
    public record MemberObservations(OrganisationObservations observations, List<ServiceDifferences> nodeInfo) {
    }

    /** The differences between a service's declaration and its NodeInfo; empty when they agree. */
    public record ServiceDifferences(long serviceId, List<NodeInfoDifference> differences) {
    }

    /** The classes of checks an organisation opts out of, by id ({@code tls}, {@code policy-pages}, ...). */
    public record OptOuts(List<String> optOuts) {
    }

    private final Directory directory;
    private final SecurityIdentity identity;

    public MemberObservationsResource(Directory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @CachedForVisitors
    @GET
    @Operation(summary = "What the platform observed of an organisation", description = "Its pages, services, "
            + "security.txt and services' NodeInfo, failures first, with its opt-outs and the differences between "
            + "what its services declare and what their NodeInfo says.")
    public MemberObservations observations(@PathParam("slug") String slug) {
        return withDifferences(slug, directory.observations(slug).orElseThrow(() -> notFound(slug)));
    }

    @POST
    @Path("check")
    @Authenticated
    @Operation(summary = "Check the organisation now (its delegates and operators)", description = "At most once "
            + "per librehosters.directory.observations.recheck-every; 429 with Retry-After when asked too soon.")
    public MemberObservations check(@PathParam("slug") String slug) {
        return withDifferences(slug, directory.recheck(slug, Identities.actorOf(identity)));
    }

    @PUT
    @Path("opt-outs")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the classes of checks the organisation opts out of (its delegates and operators)", description = "Ids: tls, policy-pages, security-txt, nodeinfo. The opt-out is shown on its page.")
    public MemberObservations optOut(@PathParam("slug") String slug, OptOuts body) {
        Set<CheckClass> classes = EnumSet.noneOf(CheckClass.class);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> ids = ApiSupport.required(ApiSupport.required(body, "body").optOuts(), "optOuts");
        for (String id : ids) {
            CheckClass.byId(id == null ? "" : id.strip()).ifPresentOrElse(classes::add,
                    () -> problems.add(FieldProblem.of("optOuts", "unknown_choice",
                            "\"" + id + "\" is not a class of checks: tls, policy-pages, security-txt or nodeinfo")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return withDifferences(slug, directory.optOutOfChecks(slug, classes, Identities.actorOf(identity)));
    }

    /** A class of checks that does not exist is a field problem, answered as 422 like the module's other fields. */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }

    private MemberObservations withDifferences(String slug, OrganisationObservations observations) {
        OrganisationProfile profile = directory.profile(slug).orElseThrow(() -> notFound(slug));
        List<ServiceDifferences> differences = new ArrayList<>();
        for (ServiceView service : profile.services()) {
            observations.ofService(st.libreho.directory.CheckKind.NODEINFO, service.id())
                    .filter(observation -> observation.facts().nodeInfo() != null)
                    .ifPresent(observation -> differences.add(new ServiceDifferences(service.id(),
                            NodeInfoComparison.compare(service.details().softwareName(),
                                    service.details().registration(), observation.facts().nodeInfo()))));
        }
        return new MemberObservations(observations, differences);
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No organisation " + slug);
    }
}
