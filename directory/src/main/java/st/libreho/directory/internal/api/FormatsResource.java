package st.libreho.directory.internal.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.Directory;
import st.libreho.directory.NotFoundException;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.internal.interop.DirectoryCsv;

/** libreho.st's own formats, and the whole directory as JSON and CSV, for anyone to reuse. */
@Path("/")
@Tag(name = "Directory formats")
public class FormatsResource {

    private final Directory directory;

    public FormatsResource(Directory directory) {
        this.directory = directory;
    }

    @GET
    @Path("directory.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "libreho.st's directory.json: each member's key and the URL of its librehost.json")
    public ObjectNode index(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return directory.directoryIndex(base);
    }

    @GET
    @Path("members/{slug}/librehost.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A member's librehost.json (schema.org Organization)")
    public ObjectNode manifest(@PathParam("slug") String slug) {
        return directory.manifest(slug)
                .orElseThrow(() -> new NotFoundException("There is no organisation '" + slug + "' in the directory."));
    }

    @GET
    @Path("directory/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole public directory: members with services, contacts and statements")
    public List<OrganisationProfile> exportJson() {
        return directory.exportDirectory();
    }

    @GET
    @Path("directory/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The whole public directory as CSV, one row per member")
    public Response exportCsv() {
        return Response.ok(DirectoryCsv.write(directory.exportDirectory()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"librehosters-directory.csv\"").build();
    }
}
