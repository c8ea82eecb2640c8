package st.libreho.registry.internal.feed;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.RecentVersion;
import st.libreho.registry.Registry;

/**
 * A configuration's versions as an Atom feed, newest first: what a person who runs it, or cloned it, follows to hear
 * of a new version.
 */
@Path("/registry/{owner}/{slug}/versions.atom")
public class ConfigurationVersionsFeed {

    private final Registry registry;

    public ConfigurationVersionsFeed(Registry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(VersionsAtom.MEDIA_TYPE)
    @CachedForVisitors(maxAgeSeconds = 60)
    public String feed(@PathParam("owner") String owner, @PathParam("slug") String slug, @Context UriInfo uri) {
        ConfigurationView configuration = registry.configuration(owner, slug, null).orElseThrow(
                () -> new NotFoundException("There is no configuration " + owner + "/" + slug + "."));
        List<RecentVersion> versions = configuration.versions().stream().limit(RegistryVersionsFeed.ENTRIES)
                .map(version -> new RecentVersion(configuration.owner(), configuration.slug(), configuration.title(),
                        version.version(), version.changelog(), version.authorName(), version.publishedAt()))
                .toList();
        return VersionsAtom.write(base(uri), "/registry/" + configuration.owner() + "/" + configuration.slug(),
                configuration.title() + " (" + configuration.owner() + "/" + configuration.slug() + "): versions",
                configuration.createdAt(), versions);
    }

    /** The platform's absolute address as this request reached it (the visitor cache keeps one feed per origin). */
    static String base(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/+$", "");
    }
}
