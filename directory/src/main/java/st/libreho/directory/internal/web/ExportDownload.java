package st.libreho.directory.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationExport;

/**
 * All of an organisation's data as a JSON file, for its delegates signed in on the site (the API's export needs a
 * bearer token, which a browser session does not have). The facade refuses anyone else.
 */
@Path("/members/{slug}/export")
@Authenticated
public class ExportDownload {

    private final Directory directory;
    private final OrganisationAccess access;

    public ExportDownload(Directory directory, OrganisationAccess access) {
        this.directory = directory;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response download(@RestPath String slug) {
        access.profile(slug);
        OrganisationExport export = directory.exportOrganisation(slug, access.actor());
        return Response.ok(export).header("Content-Disposition",
                "attachment; filename=\"" + slug + "-librehosters-export.json\"").build();
    }
}
