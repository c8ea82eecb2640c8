package st.libreho.governance.internal.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.governance.Governance;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalClosedException;
import st.libreho.governance.ProposalView;
import st.libreho.governance.Stance;
import st.libreho.governance.internal.web.ProposalForms.Typed;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormValues;

/**
 * A proposal as everyone reads it: its text, the rules frozen on it, where it stands, the stances with who spoke, the
 * objection ledger, its versions, the discussion and appeals, and once closed its outcome. The signed-in person finds
 * the forms they may use on it: a stance for each organisation they speak for, a comment, moving an objection on, the
 * facilitator's declaration, withdrawing, an appeal. A refused form comes back (422) with what was typed and why; a
 * form sent after the proposal closed comes back (409) saying so.
 */
@Path(GovernanceAddresses.PROPOSALS + "/{id}")
public class ProposalPage {

    @CheckedTemplate(basePath = "governance/ProposalPage")
    static class Templates {
        static native TemplateInstance proposal(ProposalView p, ProposalForms forms, FormErrors errors,
                String notice, String refusal);
    }

    private final Governance governance;
    private final GovernanceAccess access;
    private final GovernanceLabels labels;
    private final Clock clock;

    public ProposalPage(Governance governance, GovernanceAccess access, GovernanceLabels labels, Clock clock) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> show(@RestPath long id, @RestQuery String opened,
            @RestQuery String saved, @RestQuery String revised) {
        String notice = opened != null ? labels.messages().proposal_opened()
                : revised != null ? labels.messages().proposal_revised()
                : saved != null ? labels.messages().proposal_saved() : null;
        return render(200, existing(id), Typed.NONE, FormErrors.none(labels), notice, null);
    }

    @POST
    @Path("stance")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> stance(@RestPath long id, @RestForm String organisation,
            @RestForm String stance, @RestForm String reason) {
        String slug = organisation == null ? "" : organisation.strip();
        Typed typed = typed("stance-" + slug, "stance", stance, "reason", reason);
        FormErrors errors = new FormErrors(labels);
        Stance chosen = FormValues.choice(Stance.class, "stance-" + slug, stance, errors,
                labels.messages().problem_unknown_choice());
        return act(id, typed, errors, "stances",
                () -> governance.takeStance(id, slug, chosen, reason, access.actor()),
                Map.of("stance", "stance-" + slug, "reason", "reason-" + slug));
    }

    @POST
    @Path("comment")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> comment(@RestPath long id, @RestForm String body) {
        return act(id, typed("comment", "body", body), new FormErrors(labels), "comments",
                () -> governance.comment(id, body, access.actor()), Map.of());
    }

    @POST
    @Path("objections/{objection}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> resolve(@RestPath long id, @RestPath long objection,
            @RestForm String state, @RestForm String answer, @RestForm String minutesUrl) {
        Typed typed = typed("objection-" + objection, "state", state, "answer", answer, "minutesUrl", minutesUrl);
        FormErrors errors = new FormErrors(labels);
        ObjectionState chosen = FormValues.choice(ObjectionState.class, "state-" + objection, state, errors,
                labels.messages().problem_unknown_choice());
        return act(id, typed, errors, "objections",
                () -> governance.resolveObjection(id, objection, chosen, answer, minutesUrl, access.actor()),
                Map.of("state", "state-" + objection, "answer", "answer-" + objection, "minutesUrl",
                        "minutesUrl-" + objection));
    }

    @POST
    @Path("close")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> close(@RestPath long id, @RestForm String outcome,
            @RestForm String rationale, @RestForm List<String> inTheRough) {
        List<String> rough = inTheRough == null ? List.of() : inTheRough;
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("outcome", single(outcome));
        values.put("rationale", single(rationale));
        values.put("inTheRough", rough);
        FormErrors errors = new FormErrors(labels);
        Outcome chosen = FormValues.choice(Outcome.class, "outcome", outcome, errors,
                labels.messages().problem_unknown_choice());
        return act(id, new Typed("close", values), errors, "top",
                () -> governance.close(id, chosen, rationale, new HashSet<>(rough), access.actor()), Map.of());
    }

    @POST
    @Path("withdraw")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> withdraw(@RestPath long id) {
        return act(id, Typed.NONE, new FormErrors(labels), "top",
                () -> governance.close(id, Outcome.WITHDRAWN, null, null, access.actor()), Map.of());
    }

    @POST
    @Path("appeal")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> appeal(@RestPath long id, @RestForm String appealOrganisation,
            @RestForm String appealReason) {
        String slug = appealOrganisation == null ? "" : appealOrganisation.strip();
        return act(id, typed("appeal", "appealOrganisation", slug, "appealReason", appealReason),
                new FormErrors(labels), "top", () -> governance.appeal(id, slug, appealReason, access.actor()),
                Map.of("organisation", "appealOrganisation", "reason", "appealReason"));
    }

    /**
     * Runs one change and goes back to the page (Post/Redirect/Get); a refusal shows the page again with that form
     * as typed, each problem beside its field ({@code fields} maps the facade's names to the form's ids).
     */
    private RestResponse<TemplateInstance> act(long id, Typed typed, FormErrors errors, String anchor,
            Runnable change, Map<String, String> fields) {
        if (!errors.isEmpty()) {
            return render(422, existing(id), typed, errors, null, null);
        }
        try {
            change.run();
            return RestResponse.seeOther(
                    GovernanceAddresses.uri(GovernanceAddresses.proposal(id) + "?saved=1#" + anchor));
        } catch (InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                String field = fields.getOrDefault(problem.field(), problem.field());
                errors.add(field, labels.field(problem.field()), labels.problem(problem));
            }
            return render(422, existing(id), typed, errors, null, null);
        } catch (ProposalClosedException closed) {
            return render(409, existing(id), Typed.NONE, errors, null,
                    labels.messages().proposal_closed_refusal());
        }
    }

    private ProposalView existing(long id) {
        return governance.proposal(id).orElseThrow(() -> new NotFoundException("There is no proposal " + id + "."));
    }

    private RestResponse<TemplateInstance> render(int status, ProposalView p, Typed typed, FormErrors errors,
            String notice, String refusal) {
        ProposalForms forms = ProposalForms.of(p, access, labels, typed, clock.instant());
        TemplateInstance page = Templates.proposal(p, forms, errors, notice, refusal);
        // a visitor's page has no form and no token; a signed-in person's carries theirs
        return access.actor() == null ? access.page(status, page) : access.privatePage(status, page);
    }

    private static Typed typed(String form, String... namesAndValues) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], single(namesAndValues[i + 1]));
        }
        return new Typed(form, values);
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
