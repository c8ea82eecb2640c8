package st.libreho.directory.internal.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationSummary;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** The public directory: the network's member organisations, searched and filtered. */
@Path("/directory")
public class DirectoryPage {

    @CheckedTemplate(basePath = "directory/DirectoryPage")
    static class Templates {
        static native TemplateInstance directory(DirectoryFilter filter, Page<OrganisationSummary> results,
                Pagination pagination);
    }

    private final Directory directory;

    public DirectoryPage(Directory directory) {
        this.directory = directory;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance list(@BeanParam DirectoryFilter filter) {
        Page<OrganisationSummary> results = directory.searchOrganisations(filter.query());
        return Templates.directory(filter, results,
                Pagination.of(results, number -> "/directory" + filter.link(number)));
    }
}
