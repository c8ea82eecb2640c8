package st.libreho.governance.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.governance.Governance;
import st.libreho.governance.ProposalState;
import st.libreho.governance.ProposalSummary;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;

/**
 * What the network is deciding now: the open proposals, soonest closing first, and for members the way to open one.
 * Not kept for visitors: a stance or a new proposal changes it, and those do not report a change of public content.
 */
@Path(GovernanceAddresses.PROPOSALS)
public class ProposalsPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "governance/ProposalsPage")
    static class Templates {
        static native TemplateInstance proposals(Page<ProposalSummary> found, Pagination pagination,
                boolean mayOpen);
    }

    private final Governance governance;
    private final GovernanceAccess access;

    public ProposalsPage(Governance governance, GovernanceAccess access) {
        this.governance = governance;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> proposals(@RestQuery String page) {
        Page<ProposalSummary> found = governance.proposals(ProposalState.OPEN, null,
                DecisionLogPage.pageNumber(page), PAGE_SIZE);
        return access.page(200, Templates.proposals(found, Pagination.of(found,
                number -> number > 1 ? GovernanceAddresses.PROPOSALS + "?page=" + number
                        : GovernanceAddresses.PROPOSALS),
                !access.members().isEmpty()));
    }
}
