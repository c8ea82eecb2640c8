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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.internal.interop.DirectoryCsv;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * libreho.st's own formats, and the whole directory as JSON and CSV, for anyone to reuse. Each is its own resource
 * with its full path: the member and directory pages own /members/{slug} and /directory, and JAX-RS picks the
 * resource class with the longest literal path first.
 */
public final class FormatsResource {

    private FormatsResource() {
    }

    @Path("/directory.json")
    @Tag(name = "Directory formats")
    public static class Index {

        private final Directory directory;

        public Index(Directory directory) {
            this.directory = directory;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "libreho.st's directory.json: each member's key and the URL of its librehost.json")
        // the facade gives the document as JSON text; it is still an object on the wire
        @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
        @CachedForVisitors(maxAgeSeconds = 60)
        public String index(@Context UriInfo uri) {
            return directory.directoryIndex(uri.getBaseUri().toString().replaceAll("/+$", ""));
        }
    }

    @Path("/members/{slug}/librehost.json")
    @Tag(name = "Directory formats")
    public static class Manifest {

        private final Directory directory;

        public Manifest(Directory directory) {
            this.directory = directory;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "A member's librehost.json (schema.org Organization)")
        // the facade gives the document as JSON text; it is still an object on the wire
        @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
        @CachedForVisitors(maxAgeSeconds = 60)
        public String manifest(@PathParam("slug") String slug) {
            return directory.manifest(slug).orElseThrow(
                    () -> new NotFoundException("There is no organisation '" + slug + "' in the directory."));
        }
    }

    @Path("/directory/export.json")
    @Tag(name = "Directory formats")
    public static class ExportJson {

        private final Directory directory;

        public ExportJson(Directory directory) {
            this.directory = directory;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "The whole public directory: members with services, contacts and statements")
        @CachedForVisitors(maxAgeSeconds = 60)
        public List<OrganisationProfile> export() {
            return directory.exportDirectory();
        }
    }

    @Path("/directory/export.csv")
    @Tag(name = "Directory formats")
    public static class ExportCsv {

        private final Directory directory;

        public ExportCsv(Directory directory) {
            this.directory = directory;
        }

        @GET
        @Produces("text/csv")
        @Operation(summary = "The whole public directory as CSV, one row per member")
        @CachedForVisitors(maxAgeSeconds = 60)
        public Response export() {
            return Response.ok(DirectoryCsv.write(directory.exportDirectory()), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"librehosters-directory.csv\"").build();
        }
    }
}
