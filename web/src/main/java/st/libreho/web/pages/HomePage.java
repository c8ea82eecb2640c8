package st.libreho.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.web.cache.CachedForVisitors;

/** The home page: what the network is, and the quick search for a service. */
@Path("/")
public class HomePage {

    @CheckedTemplate(basePath = "web/HomePage")
    static class Templates {
        static native TemplateInstance home();
    }

    @GET
    @CachedForVisitors
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home();
    }
}
