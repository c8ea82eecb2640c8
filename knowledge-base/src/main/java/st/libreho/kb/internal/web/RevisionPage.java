package st.libreho.kb.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.RevisionView;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;

/** A page as it was at one revision; members may restore it (the form posts to {@link EditPage}). */
@Path("/kb")
public class RevisionPage {

    @CheckedTemplate(basePath = "kb/RevisionPage")
    static class Templates {
        static native TemplateInstance revision(RevisionView revision);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public RevisionPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Path("{path: .+}/revisions/{revision: [0-9]{1,9}}")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> revision(@RestPath String path, @RestPath int revision) {
        RevisionView view = knowledgeBase.revision(path, revision, access.actor())
                .orElseThrow(() -> new NotFoundException("The page " + path + " has no revision " + revision + "."));
        if (!view.path().equals(path)) {
            return KbAddresses.redirect(view.path(), "/revisions/" + revision);
        }
        return access.page(200, Templates.revision(view));
    }
}
