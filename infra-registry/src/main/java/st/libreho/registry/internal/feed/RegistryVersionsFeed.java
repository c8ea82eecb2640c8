package st.libreho.registry.internal.feed;

import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.registry.Registry;

/** The registry's new versions, every configuration's, as an Atom feed: the newest 50, for anyone. */
@Path("/registry/versions.atom")
public class RegistryVersionsFeed {

    static final int ENTRIES = 50;

    private final Registry registry;

    public RegistryVersionsFeed(Registry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(VersionsAtom.MEDIA_TYPE)
    @CachedForVisitors(maxAgeSeconds = 60)
    public String feed(@Context UriInfo uri) {
        return VersionsAtom.write(ConfigurationVersionsFeed.base(uri), "/registry",
                "Librehosters registry: new versions", Instant.EPOCH, registry.recentVersions(ENTRIES));
    }
}
