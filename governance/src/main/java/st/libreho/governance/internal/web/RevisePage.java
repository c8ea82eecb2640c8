package st.libreho.governance.internal.web;

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
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import st.libreho.governance.Governance;
import st.libreho.governance.ProposalClosedException;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalView;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.ConflictRow;
import st.libreho.platform.web.FormErrors;

/**
 * The opening organisation's delegation writes a new version of a proposal's text. The form carries the version it
 * was opened on: when someone saved another version meanwhile, the form comes back (409) with their title and text
 * beside this person's, which is kept, and saving again builds on the version now stored.
 */
@Path(GovernanceAddresses.PROPOSALS + "/{id}/revise")
@Authenticated
public class RevisePage {

    /** The revision as typed, with the text version it started from. */
    @TemplateData
    public record ReviseForm(String title, String text, String summary, String baseVersion) {
    }

    @CheckedTemplate(basePath = "governance/RevisePage")
    static class Templates {
        static native TemplateInstance revise(ProposalView p, ReviseForm form, FormErrors errors,
                List<ConflictRow> conflict, String refusal);
    }

    private final Governance governance;
    private final GovernanceAccess access;
    private final GovernanceLabels labels;

    public RevisePage(Governance governance, GovernanceAccess access, GovernanceLabels labels) {
        this.governance = governance;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestPath long id) {
        ProposalView p = revisable(id);
        return access.privatePage(200, Templates.revise(p, new ReviseForm(p.title(), p.text(), "",
                String.valueOf(p.textVersion())), FormErrors.none(labels), List.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> save(@RestPath long id, @RestForm String title, @RestForm String text,
            @RestForm String summary, @RestForm String baseVersion) {
        ReviseForm form = new ReviseForm(title, text, summary, baseVersion);
        FormErrors errors = new FormErrors(labels);
        try {
            governance.revise(id, title, text, summary, base(baseVersion), access.actor());
            return RestResponse.seeOther(GovernanceAddresses.uri(GovernanceAddresses.proposal(id) + "?revised=1"));
        } catch (InvalidInputException invalid) {
            return access.privatePage(422, Templates.revise(existing(id), form, errors.addAll(invalid.problems()),
                    List.of(), null));
        } catch (ConcurrentChangeException changed) {
            // their version is the one stored now: the form builds on it, with this person's title and text kept
            ProposalView current = existing(id);
            Map<String, String> theirs = new LinkedHashMap<>();
            theirs.put("title", current.title());
            theirs.put("text", current.text());
            Map<String, String> yours = new LinkedHashMap<>();
            yours.put("title", title);
            yours.put("text", text);
            return access.privatePage(409, Templates.revise(current, new ReviseForm(title, text, summary,
                    String.valueOf(current.textVersion())), errors, ConflictRow.between(theirs, yours, labels),
                    null));
        } catch (ProposalClosedException closed) {
            return access.privatePage(409, Templates.revise(existing(id), form, errors, List.of(),
                    labels.messages().proposal_closed_refusal()));
        }
    }

    private static Integer base(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private ProposalView existing(long id) {
        return governance.proposal(id).orElseThrow(() -> new NotFoundException("There is no proposal " + id + "."));
    }

    /** The proposal, if this person may revise it; the 403 page otherwise (the facade checks again). */
    private ProposalView revisable(long id) {
        ProposalView p = existing(id);
        String owner = p.kind() == ProposalKind.MEMBERSHIP ? p.concerned() : p.openedFor();
        if (!access.speaksFor(owner)) {
            throw new ForbiddenException("Only the delegation that opened this proposal revises its text.");
        }
        return p;
    }
}
