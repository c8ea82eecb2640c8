package st.libreho.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What the navigation's links to modules not built yet lead to: a short page saying what is coming, rather than
 * "page not found". When a module lands, its own page takes its path and its method here goes.
 */
@Path("/")
public class ComingSoonPage {

    @CheckedTemplate(basePath = "web/ComingSoonPage")
    static class Templates {
        static native TemplateInstance coming(String area);
    }

    @GET
    @Path("governance")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance governance() {
        return Templates.coming("governance");
    }

    @GET
    @Path("news")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance news() {
        return Templates.coming("news");
    }
}
