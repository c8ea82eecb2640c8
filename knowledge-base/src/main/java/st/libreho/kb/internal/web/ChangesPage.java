package st.libreho.kb.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.RecentChange;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** Every change to the pages the reader may see, newest first. */
@Path("/kb/changes")
public class ChangesPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "kb/ChangesPage")
    static class Templates {
        static native TemplateInstance changes(Page<RecentChange> changes, Pagination pagination);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public ChangesPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance changes(@RestQuery String page) {
        Page<RecentChange> changes = knowledgeBase.recentChanges(KbAddresses.pageNumber(page), PAGE_SIZE,
                access.actor());
        return Templates.changes(changes, Pagination.of(changes,
                number -> number == 1 ? "/kb/changes" : "/kb/changes?page=" + number));
    }
}
