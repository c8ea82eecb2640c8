package st.libreho.governance.internal.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.governance.Governance;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalDraft;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalState;
import st.libreho.governance.ProposalSummary;
import st.libreho.governance.ProposalView;
import st.libreho.governance.Stance;
import st.libreho.governance.internal.api.GovernanceJson.AppealRequest;
import st.libreho.governance.internal.api.GovernanceJson.CloseRequest;
import st.libreho.governance.internal.api.GovernanceJson.CommentRequest;
import st.libreho.governance.internal.api.GovernanceJson.ObjectionRequest;
import st.libreho.governance.internal.api.GovernanceJson.ProposalRequest;
import st.libreho.governance.internal.api.GovernanceJson.RevisionRequest;
import st.libreho.governance.internal.api.GovernanceJson.StanceRequest;
import st.libreho.platform.Actor;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.errors.Problem;

/**
 * Proposals and decisions: anyone reads them; a person of a member organisation's delegation opens proposals and
 * gives their organisation's stance; the facilitator declares the outcome.
 */
@Path("/api/v1/proposals")
@Tag(name = "Governance: proposals and decisions")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    private final Governance governance;
    private final SecurityIdentity identity;

    public ProposalsResource(Governance governance, SecurityIdentity identity) {
        this.governance = governance;
        this.identity = identity;
    }

    private Actor actor() {
        return Identities.actorOf(identity);
    }

    @GET
    @Operation(summary = "List proposals", description = "Filtered by state (OPEN, CLOSED, WITHDRAWN) and kind; open "
            + "ones soonest closing first, others newest first; paginated (page from 1, size up to 100).")
    public Page<ProposalSummary> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        ProposalState chosenState = state == null || state.isBlank() ? null
                : GovernanceJson.value(ProposalState.class, "state", state, problems);
        ProposalKind chosenKind = kind == null || kind.isBlank() ? null
                : GovernanceJson.value(ProposalKind.class, "kind", kind, problems);
        refuse(problems);
        return governance.proposals(chosenState, chosenKind, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A proposal", description = "Its state and outcome, the rules frozen on it, every version of "
            + "its text, the stances by organisation with who spoke and whether they are stale, the objection ledger, "
            + "the discussion and the appeals. A proposal past its closing date is closed before it is read.")
    public ProposalView proposal(@PathParam("id") long id) {
        return governance.proposal(id).orElseThrow(() -> new NotFoundException("There is no proposal " + id + "."));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a proposal", description = "By a person of a member organisation's delegation "
            + "(speakingFor names the organisation when they speak for several). kind: GENERAL, EXCLUSION, "
            + "END_OF_SERVICES (with concerned), PRESS_RELEASE, CHARTER_CHANGE (with charterPath and charterRevision, "
            + "the knowledge base's charter proposal), CARE_TEAM (with careTeam addresses); MEMBERSHIP proposals are "
            + "opened by applications. closesAt defaults to the shortest allowed; the facilitator, a member "
            + "delegation's address, to the next meeting's.")
    public Response open(ProposalRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the proposal as JSON");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ProposalKind kind = GovernanceJson.value(ProposalKind.class, "kind", request.kind(), problems);
        var closesAt = GovernanceJson.instant("closesAt", request.closesAt(), problems);
        refuse(problems);
        ProposalView opened = governance.open(new ProposalDraft(kind, request.title(), request.text(), closesAt,
                request.facilitator(), request.speakingFor(), request.concerned(), request.charterPath(),
                request.charterRevision(), request.careTeam()), actor());
        return Response.created(URI.create("/api/v1/proposals/" + opened.id())).entity(opened).build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the text", description = "A new version, by the delegation that opened it (the "
            + "applicant's for an application); earlier stances become stale. baseVersion, when sent, is the text "
            + "version the change started from: 409 if it moved on.")
    public ProposalView revise(@PathParam("id") long id, RevisionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the new text as JSON");
        }
        String title = request.title();
        if (title == null || title.isBlank()) {
            title = proposal(id).title();
        }
        return governance.revise(id, title, request.text(), request.summary(), request.baseVersion(), actor());
    }

    @PUT
    @Path("{id}/stances/{organisation}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an organisation's stance", description = "AGREE, RESERVATIONS, STAND_ASIDE, ABSTAIN "
            + "or OBJECT (with its reason, which enters the objection ledger), by a person of the organisation's "
            + "delegation; changeable until the proposal closes.")
    public ProposalView stance(@PathParam("id") long id, @PathParam("organisation") String organisation,
            StanceRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the stance as JSON");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Stance stance = GovernanceJson.value(Stance.class, "stance", request.stance(), problems);
        refuse(problems);
        return governance.takeStance(id, organisation, stance, request.reason(), actor());
    }

    @POST
    @Path("{id}/objections/{objectionId}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an objection on", description = "ACCOMMODATED (the text changed to meet it) or "
            + "ADDRESSED (with a written answer, optionally minutesUrl) by the proposal's authors or facilitator; "
            + "WITHDRAWN by the objecting organisation.")
    public ProposalView objection(@PathParam("id") long id, @PathParam("objectionId") long objectionId,
            ObjectionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the new state as JSON");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ObjectionState state = GovernanceJson.value(ObjectionState.class, "state", request.state(), problems);
        refuse(problems);
        return governance.resolveObjection(id, objectionId, state, request.answer(), request.minutesUrl(), actor());
    }

    @POST
    @Path("{id}/close")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare the outcome", description = "The facilitator declares CONSENSUS, ROUGH_CONSENSUS "
            + "(with a rationale and inTheRough, the organisations whose addressed objections stand) or NOT_ADOPTED "
            + "(with a rationale); the organisation that opened it sends WITHDRAWN. 422 names what the rules miss.")
    public ProposalView close(@PathParam("id") long id, CloseRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the outcome as JSON");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Outcome outcome = GovernanceJson.value(Outcome.class, "outcome", request.outcome(), problems);
        refuse(problems);
        var inTheRough = request.inTheRough() == null ? new LinkedHashSet<String>()
                : new LinkedHashSet<>(request.inTheRough());
        return governance.close(id, outcome, request.rationale(), inTheRough, actor());
    }

    @POST
    @Path("{id}/appeals")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appeal a rough consensus", description = "Within the appeal window, by a person of a member "
            + "organisation's delegation, with a reason: the proposal reopens.")
    public ProposalView appeal(@PathParam("id") long id, AppealRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "required", "Send the appeal as JSON");
        }
        return governance.appeal(id, request.organisation(), request.reason(), actor());
    }

    @POST
    @Path("{id}/comments")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment", description = "By a member, or by the applicant on its own application.")
    public ProposalView comment(@PathParam("id") long id, CommentRequest request) {
        return governance.comment(id, request == null ? null : request.body(), actor());
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Bad input is a 422 here, each field named. */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException exception, HttpServerRequest request) {
        return Problem.unprocessable(exception, request.path());
    }
}
