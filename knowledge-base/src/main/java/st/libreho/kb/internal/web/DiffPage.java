package st.libreho.kb.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageDiff;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;

/** What changed between two revisions of a page: lines removed and added, and inside them the words. */
@Path("/kb")
public class DiffPage {

    @CheckedTemplate(basePath = "kb/DiffPage")
    static class Templates {
        static native TemplateInstance diff(PageDiff diff);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public DiffPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Path("{path: .+}/diff")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> diff(@RestPath String path, @RestQuery Integer from,
            @RestQuery Integer to) {
        PageDiff diff = knowledgeBase.diff(path, from, to, access.actor())
                .orElseThrow(() -> new NotFoundException("The page " + path + " has no such revisions."));
        if (!diff.path().equals(path)) {
            return KbAddresses.redirect(diff.path(), "/diff", "from=" + diff.from().number() + "&to="
                    + diff.to().number());
        }
        return access.page(200, Templates.diff(diff));
    }
}
