package st.libreho.kb.internal.web;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.AttachmentInfo;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageView;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * A wiki page: its text rendered, where it sits, what links to it. A page the reader may not see, or that was never
 * written, is the same "there is no page here" (404), with a link to create it for members.
 */
@Path("/kb")
public class WikiPage {

    @CheckedTemplate(basePath = "kb/WikiPage")
    static class Templates {
        static native TemplateInstance page(PageView page, boolean saved, boolean merged,
                List<AttachmentInfo> attachments);

        static native TemplateInstance missing(String path, boolean mayCreate);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public WikiPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> show(@RestPath String path, @RestQuery String saved,
            @RestQuery String merged) {
        Optional<PageView> page = knowledgeBase.page(path, access.actor());
        if (page.isPresent() && !page.get().path().equals(path)) {
            return KbAddresses.redirect(page.get().path(), "");
        }
        if (page.isPresent()) {
            // the files come with the view: a warm page view reads one row (RenderedPages)
            return access.page(200, Templates.page(page.get(), saved != null, merged != null,
                    page.get().attachments()));
        }
        String normalised = knowledgeBase.normalisePath(path);
        if (!normalised.isEmpty() && !normalised.equals(path)) {
            return KbAddresses.redirect(normalised, "");
        }
        return access.page(404, Templates.missing(normalised.isEmpty() ? path : normalised,
                !normalised.isEmpty() && access.mayEdit()));
    }
}
