package st.libreho.kb.internal.web;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageLink;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.Page;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** The wiki's home: its top-level pages, a link to recent changes, and for members a way to start a new page. */
@Path("/kb")
public class KbHomePage {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate(basePath = "kb/KbHomePage")
    static class Templates {
        static native TemplateInstance home(Page<PageLink> pages, Pagination pagination, boolean mayCreate,
                String path, FormErrors errors);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;
    private final KbLabels labels;

    public KbHomePage(KnowledgeBase knowledgeBase, KbAccess access, KbLabels labels) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance home(@RestQuery String page) {
        return home(page, "", FormErrors.none(labels));
    }

    /** Opens the editor at the address typed (a form, since the address is not known before). */
    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> create(@RestForm String path) {
        access.editor();
        String normalised = knowledgeBase.normalisePath(path);
        if (normalised.isEmpty()) {
            FormErrors errors = new FormErrors(labels).add("path", path == null || path.isBlank()
                    ? labels.messages().problem_required()
                    : labels.messages().problem_path_characters());
            return access.page(400, home(null, path, errors));
        }
        try {
            knowledgeBase.newPagePath(normalised);
        } catch (InvalidInputException refused) {
            // said before the editor opens, not after the page is typed
            return access.page(400, home(null, path, new FormErrors(labels).add("path",
                    labels.pathRefused(normalised, refused))));
        }
        return RestResponse.seeOther(URI.create(KbAddresses.of(normalised, "/edit")));
    }

    private TemplateInstance home(String page, String path, FormErrors errors) {
        Page<PageLink> pages = knowledgeBase.topLevelPages(KbAddresses.pageNumber(page), PAGE_SIZE, access.actor());
        return Templates.home(pages, Pagination.of(pages, number -> number == 1 ? "/kb" : "/kb?page=" + number),
                access.mayEdit(), path, errors);
    }
}
