package st.libreho.directory.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import st.libreho.directory.Directory;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * An organisation's logo, served by the platform from what it stored (a PNG it drew from the image at the entry's logo
 * address), so that no visitor's browser ever asks a member's site for it.
 */
@Path("/members/{slug}/logo")
public class MemberLogo {

    private final Directory directory;

    public MemberLogo(Directory directory) {
        this.directory = directory;
    }

    @GET
    @Produces("image/png")
    @CachedForVisitors(maxAgeSeconds = 3600)
    public Response logo(@RestPath String slug) {
        byte[] png = directory.logo(slug).orElseThrow(() -> new NotFoundException("No logo for " + slug));
        return Response.ok(png).header("Content-Disposition", "inline; filename=\"" + slug + ".png\"").build();
    }
}
