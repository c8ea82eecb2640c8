package st.libreho.governance.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.governance.Governance;
import st.libreho.governance.ProposalView;
import st.libreho.governance.TextVersion;
import st.libreho.platform.NotFoundException;

/** One version of a proposal's text, kept for ever, and what changed since the version before it. */
@Path(GovernanceAddresses.PROPOSALS + "/{id}/versions/{number}")
public class VersionPage {

    @CheckedTemplate(basePath = "governance/VersionPage")
    static class Templates {
        static native TemplateInstance version(ProposalView p, TextVersion version, TextVersion previous,
                List<TextLines.Line> lines);
    }

    private final Governance governance;
    private final GovernanceAccess access;

    public VersionPage(Governance governance, GovernanceAccess access) {
        this.governance = governance;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> show(@RestPath long id, @RestPath int number) {
        ProposalView p = governance.proposal(id)
                .orElseThrow(() -> new NotFoundException("There is no proposal " + id + "."));
        TextVersion version = find(p, number);
        if (version == null) {
            throw new NotFoundException("Proposal " + id + " has no version " + number + ".");
        }
        TextVersion previous = find(p, number - 1);
        List<TextLines.Line> lines = previous == null ? List.of() : TextLines.diff(previous.text(), version.text());
        return access.page(200, Templates.version(p, version, previous, lines));
    }

    private static TextVersion find(ProposalView p, int number) {
        return p.versions().stream().filter(v -> v.number() == number).findFirst().orElse(null);
    }
}
