package st.libreho.registry.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * How to check a version's content hash against the files one has: the scheme in a few words and two scripts, the
 * short form of docs/registry-content-hash.md, linked from every version's hash.
 */
@Path("/registry")
public class ContentHashPage {

    @CheckedTemplate(basePath = "registry/ContentHashPage")
    static class Templates {
        static native TemplateInstance hash();
    }

    private final RegistryAccess access;

    public ContentHashPage(RegistryAccess access) {
        this.access = access;
    }

    @GET
    @Path("content-hash")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> hash() {
        return access.page(200, Templates.hash());
    }
}
