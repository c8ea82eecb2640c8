package st.libreho.kb.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.CharterProposal;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageHistory;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** A page's revisions, newest first, each with its author, date and summary, and links to it and its changes. */
@Path("/kb")
public class HistoryPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "kb/HistoryPage")
    static class Templates {
        static native TemplateInstance history(PageHistory history, Pagination pagination,
                List<CharterProposal> proposals);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public HistoryPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Path("{path: .+}/history")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> history(@RestPath String path, @RestQuery String page) {
        PageHistory history = knowledgeBase.history(path, KbAddresses.pageNumber(page), PAGE_SIZE, access.actor())
                .orElseThrow(() -> new NotFoundException("There is no page at " + path + "."));
        if (!history.path().equals(path)) {
            return KbAddresses.redirect(history.path(), "/history");
        }
        String base = KbAddresses.of(path, "/history");
        return access.page(200, Templates.history(history,
                Pagination.of(history.revisions(), number -> number == 1 ? base : base + "?page=" + number),
                knowledgeBase.charterProposals(path, access.actor()).orElse(List.of())));
    }
}
