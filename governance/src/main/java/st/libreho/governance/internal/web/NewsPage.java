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
import st.libreho.governance.ProposalView;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** The network's news: the press releases its members adopted, newest first, each rendered in full. */
@Path(GovernanceAddresses.NEWS)
public class NewsPage {

    static final int PAGE_SIZE = 10;

    @CheckedTemplate(basePath = "governance/NewsPage")
    static class Templates {
        static native TemplateInstance news(Page<ProposalView> found, Pagination pagination);
    }

    private final Governance governance;
    private final GovernanceAccess access;

    public NewsPage(Governance governance, GovernanceAccess access) {
        this.governance = governance;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> news(@RestQuery String page) {
        Page<ProposalView> found = governance.news(DecisionLogPage.pageNumber(page), PAGE_SIZE);
        return access.page(200, Templates.news(found, Pagination.of(found,
                number -> number > 1 ? GovernanceAddresses.NEWS + "?page=" + number : GovernanceAddresses.NEWS)));
    }
}
