package st.libreho.directory.internal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceListing;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** "Find a host for my need": the services of every member, with the directory's filters, grouped by category. */
@Path("/services")
public class ServicesPage {

    /** The services of one category on the current page. */
    public record CategoryGroup(ServiceCategory category, List<ServiceListing> services) {
    }

    @CheckedTemplate(basePath = "directory/ServicesPage")
    static class Templates {
        static native TemplateInstance services(DirectoryFilter filter, Page<ServiceListing> results,
                List<CategoryGroup> groups, Pagination pagination);
    }

    private final Directory directory;

    public ServicesPage(Directory directory) {
        this.directory = directory;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance list(@BeanParam DirectoryFilter filter) {
        Page<ServiceListing> results = directory.searchServices(filter.query());
        return Templates.services(filter, results, groups(results.items()),
                Pagination.of(results, number -> "/services" + filter.link(number)));
    }

    /** The directory returns services sorted by category; consecutive ones of a category form a group. */
    static List<CategoryGroup> groups(List<ServiceListing> listings) {
        List<CategoryGroup> groups = new ArrayList<>();
        for (ServiceListing listing : listings) {
            ServiceCategory category = listing.service().details().category();
            if (groups.isEmpty() || groups.get(groups.size() - 1).category() != category) {
                groups.add(new CategoryGroup(category, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).services().add(listing);
        }
        return groups;
    }
}
