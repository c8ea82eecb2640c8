package st.libreho.registry.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.registry.ConfigurationView;
import st.libreho.registry.Registry;
import st.libreho.registry.VersionSummary;
import st.libreho.registry.VersionView;

/**
 * One published version: what changed, its content hash and how to check it, who published it, its files (coloured
 * by a small script when JavaScript runs, plain text otherwise), its variables, its lint warnings, and the way to
 * replicate it. The replicate form itself is on a page of its own ({@link ReplicatePage}): this page is kept for
 * visitors, and a form that posts needs a CSRF token made for each visitor.
 */
@Path("/registry")
public class VersionPage {

    @CheckedTemplate(basePath = "registry/VersionPage")
    static class Templates {
        static native TemplateInstance version(VersionView v, List<FileView> files, Map<String, Integer> anchors,
                String previous, String latest, boolean published);
    }

    private final Registry registry;
    private final RegistryAccess access;

    public VersionPage(Registry registry, RegistryAccess access) {
        this.registry = registry;
        this.access = access;
    }

    @GET
    @Path("{owner}/{slug}/versions/{version}")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> show(@RestPath String owner, @RestPath String slug,
            @RestPath String version, @RestQuery String published) {
        VersionView v = registry.version(owner, slug, version).orElseThrow(() -> new NotFoundException(
                "There is no version " + version + " of " + owner + "/" + slug + "."));
        List<VersionSummary> versions = registry.configuration(owner, slug, null).map(ConfigurationView::versions)
                .orElse(List.of());
        String previous = null;
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version().equals(v.version()) && i + 1 < versions.size()) {
                previous = versions.get(i + 1).version();
            }
        }
        String latest = versions.isEmpty() ? null : versions.get(0).version();
        List<FileView> files = FileView.of(v.files());
        Map<String, Integer> anchors = new HashMap<>();
        files.forEach(file -> anchors.put(file.path(), file.number()));
        return access.page(200, Templates.version(v, files, anchors, previous, latest, published != null));
    }
}
