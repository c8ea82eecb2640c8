package st.libreho.directory.internal.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import st.libreho.directory.Directory;
import st.libreho.directory.FailingObservation;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.CachedForVisitors;

/** The network's failing checks, as {@code /directory/observations} lists them. */
@Path("/api/v1/observations")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationsResource {

    private final Directory directory;

    public ObservationsResource(Directory directory) {
        this.directory = directory;
    }

    @CachedForVisitors
    @GET
    @Operation(summary = "Every failing check across the network", description = "For every member and applicant, "
            + "oldest failure first; paginated (page from 1, size up to 100).")
    public Page<FailingObservation> failing(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return directory.failingObservations(page, size);
    }
}
