package st.libreho.governance.internal.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import st.libreho.directory.OrganisationMembership;
import st.libreho.governance.Governance;
import st.libreho.governance.ProposalDraft;
import st.libreho.governance.ProposalView;
import st.libreho.governance.internal.GovernanceConfig;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.Moments;

/**
 * A member opens a proposal for their organisation: kind, title, text, closing date, facilitator, and what some kinds
 * need (the organisation concerned, the charter page and revision, the care team). A link may prefill kind, title and
 * text.
 */
@Path(GovernanceAddresses.NEW)
@Authenticated
public class NewProposalPage {

    @CheckedTemplate(basePath = "governance/NewProposalPage")
    static class Templates {
        static native TemplateInstance create(ProposalForm form, FormErrors errors,
                List<OrganisationMembership> speakingFor, String earliest, String earliestShown);
    }

    private final Governance governance;
    private final GovernanceAccess access;
    private final GovernanceLabels labels;
    private final GovernanceConfig config;
    private final Clock clock;

    public NewProposalPage(Governance governance, GovernanceAccess access, GovernanceLabels labels,
            GovernanceConfig config, Clock clock) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestQuery String kind, @RestQuery String title,
            @RestQuery String text) {
        requireMember();
        return render(200, ProposalForm.prefilled(kind, title, text), FormErrors.none(labels));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> open(@BeanParam ProposalForm form) {
        requireMember();
        FormErrors errors = new FormErrors(labels);
        ProposalDraft draft = form.draft(errors, labels);
        if (!errors.isEmpty()) {
            return render(422, form, errors);
        }
        try {
            ProposalView opened = governance.open(draft, access.actor());
            return RestResponse.seeOther(
                    GovernanceAddresses.uri(GovernanceAddresses.proposal(opened.id()) + "?opened=1"));
        } catch (InvalidInputException invalid) {
            return render(422, form, errors.addAll(invalid.problems()));
        }
    }

    /** Only members open proposals: anyone else gets the 403 page (the facade checks again). */
    private void requireMember() {
        if (access.members().isEmpty()) {
            throw new ForbiddenException("Only people in a member organisation's delegation open proposals.");
        }
    }

    private RestResponse<TemplateInstance> render(int status, ProposalForm form, FormErrors errors) {
        LocalDateTime earliest = LocalDateTime.ofInstant(clock.instant().plus(config.minProposalDuration()),
                ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        return access.privatePage(status, Templates.create(form, errors, access.members(), earliest.toString(),
                Moments.readable(earliest.toInstant(ZoneOffset.UTC), access.locale())));
    }
}
