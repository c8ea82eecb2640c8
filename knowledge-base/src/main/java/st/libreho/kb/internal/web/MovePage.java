package st.libreho.kb.internal.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageRevision;
import st.libreho.kb.PageView;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormResponses;

/** A member moves a page to another address; the old one leads to it. */
@Path("/kb")
@Authenticated
public class MovePage {

    @CheckedTemplate(basePath = "kb/MovePage")
    static class Templates {
        static native TemplateInstance move(PageView page, String newPath, String summary, FormErrors errors);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;
    private final KbLabels labels;

    public MovePage(KnowledgeBase knowledgeBase, KbAccess access, KbLabels labels) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Path("{path: .+}/move")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> form(@RestPath String path) {
        PageView page = page(path, access.editor());
        if (!page.path().equals(path)) {
            return KbAddresses.redirect(page.path(), "/move");
        }
        return access.page(200, Templates.move(page, page.path(), "", FormErrors.none(labels)));
    }

    @POST
    @Path("{path: .+}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> move(@RestPath String path, @RestForm String newPath,
            @RestForm String summary) {
        Actor editor = access.editor();
        try {
            PageRevision moved = knowledgeBase.move(path, newPath, summary, editor);
            return FormResponses.savedTo(KbAddresses.of(moved.path(), ""));
        } catch (InvalidInputException invalid) {
            return access.page(400, Templates.move(page(path, editor), newPath, summary,
                    new FormErrors(labels).addAll(invalid.problems())));
        }
    }

    private PageView page(String path, Actor editor) {
        return knowledgeBase.page(path, editor)
                .orElseThrow(() -> new NotFoundException("There is no page at " + path + "."));
    }
}
