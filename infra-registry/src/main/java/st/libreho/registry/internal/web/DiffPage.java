package st.libreho.registry.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Registry;
import st.libreho.registry.VersionComparison;
import st.libreho.registry.VersionSummary;

/**
 * What changed between two versions: the files changed with their counts of lines added and removed, each file's
 * unified diff with its lines marked, and the whole change as one plain-text unified diff ({@code diff.patch}), which
 * {@code git apply} and {@code patch -p1} take.
 */
@Path("/registry")
public class DiffPage {

    @CheckedTemplate(basePath = "registry/DiffPage")
    static class Templates {
        static native TemplateInstance diff(ConfigurationView c, VersionComparison comparison, List<DiffLines> files,
                int additions, int deletions, List<VersionSummary> versions);
    }

    private final Registry registry;
    private final RegistryAccess access;

    public DiffPage(Registry registry, RegistryAccess access) {
        this.registry = registry;
        this.access = access;
    }

    @GET
    @Path("{owner}/{slug}/diff")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> diff(@RestPath String owner, @RestPath String slug,
            @RestQuery String from, @RestQuery String to) {
        ConfigurationView c = registry.configuration(owner, slug, null)
                .orElseThrow(() -> new NotFoundException("There is no configuration " + owner + "/" + slug + "."));
        if (blank(from) || blank(to)) {
            // no versions chosen: the last change, when there is one
            if (c.versions().size() < 2) {
                throw new NotFoundException(owner + "/" + slug + " has fewer than two versions to compare.");
            }
            return RestResponse.seeOther(RegistryAddresses.uri(RegistryAddresses.diff(owner, slug,
                    c.versions().get(1).version(), c.versions().get(0).version())));
        }
        VersionComparison comparison = registry.diff(owner, slug, from, to);
        List<DiffLines> files = DiffLines.of(comparison.changes());
        int additions = comparison.changes().stream().mapToInt(VersionComparison.FileChange::additions).sum();
        int deletions = comparison.changes().stream().mapToInt(VersionComparison.FileChange::deletions).sum();
        return access.page(200, Templates.diff(c, comparison, files, additions, deletions, c.versions()));
    }

    /** The same change as a plain unified diff, to read as text, save, or pipe into {@code git apply}. */
    @GET
    @Path("{owner}/{slug}/diff.patch")
    @Produces(MediaType.TEXT_PLAIN)
    @CachedForVisitors
    public Response patch(@RestPath String owner, @RestPath String slug, @RestQuery String from,
            @RestQuery String to) {
        VersionComparison comparison = registry.diff(owner, slug, from, to);
        String name = (slug + "-" + comparison.from() + "-" + comparison.to()).replaceAll("[^A-Za-z0-9._-]", "_")
                + ".patch";
        return Response.ok(comparison.unified(), "text/plain;charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
