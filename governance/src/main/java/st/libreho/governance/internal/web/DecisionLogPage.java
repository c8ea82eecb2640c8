package st.libreho.governance.internal.web;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.governance.Governance;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalView;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The public decision log: closed proposals, newest first, filtered by kind; each with its outcome, its date and a link
 * to everything about it. Programs read the same log as JSON and Atom, linked from the page.
 */
@Path(GovernanceAddresses.LOG)
public class DecisionLogPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "governance/DecisionLogPage")
    static class Templates {
        static native TemplateInstance log(Page<ProposalView> found, Pagination pagination, String kind);
    }

    private final Governance governance;
    private final GovernanceAccess access;

    public DecisionLogPage(Governance governance, GovernanceAccess access) {
        this.governance = governance;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> log(@RestQuery String kind, @RestQuery String page) {
        ProposalKind chosen = kind(kind);
        Page<ProposalView> found = governance.decisions(chosen, pageNumber(page), PAGE_SIZE);
        String kindName = chosen == null ? null : chosen.name();
        return access.page(200, Templates.log(found, Pagination.of(found, number -> address(kindName, number)),
                kindName));
    }

    private static String address(String kind, int number) {
        StringBuilder address = new StringBuilder(GovernanceAddresses.LOG);
        String separator = "?";
        if (kind != null) {
            address.append(separator).append("kind=").append(kind);
            separator = "&";
        }
        if (number > 1) {
            address.append(separator).append("page=").append(number);
        }
        return address.toString();
    }

    /** A kind from the filter or a link; one that names nothing is no filter. */
    static ProposalKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ProposalKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A page number from a query, leniently: anything that is not one is the first page. */
    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.min(Math.max(1, Integer.parseInt(page.strip())), 10_000);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
