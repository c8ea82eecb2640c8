package st.libreho.directory.internal.api;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import st.libreho.directory.Commitment;
import st.libreho.directory.Directory;
import st.libreho.directory.ServiceListing;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.CachedForVisitors;

/** Services across members ("find a host for my need") and the CPP's commitment catalogue. */
@Path("/api/v1")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    /** A commitment of the catalogue, by stable id. */
    public record CommitmentInfo(String id, String section, String title) {
    }

    private final Directory directory;

    public ServicesResource(Directory directory) {
        this.directory = directory;
    }

    @GET
    @CachedForVisitors
    @Path("services")
    @Operation(summary = "Search services across members", description = "Same filters as /api/v1/members.")
    public Page<ServiceListing> services(@QueryParam("q") String text, @QueryParam("category") String category,
            @QueryParam("language") String language, @QueryParam("country") String country,
            @QueryParam("open") boolean open, @QueryParam("price") String price,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return directory.searchServices(
                MembersResource.query(text, category, language, country, open, price, page, size));
    }

    @GET
    @Path("commitments")
    @Operation(summary = "The CPP's commitments, with the stable ids statements refer to")
    public List<CommitmentInfo> commitments() {
        return Arrays.stream(Commitment.values()).map(c -> new CommitmentInfo(c.id(), c.section(), c.title()))
                .toList();
    }
}
