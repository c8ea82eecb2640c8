package st.libreho.registry.internal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.ConfigurationSummary;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryQuery;

/**
 * The registry's list: every shared configuration, newest change first, found by words and filtered by software,
 * format, licence, tag, owner and status. Each filter is also a link on every item, so that a reader narrows the list
 * by clicking what they see.
 */
@Path("/registry")
public class ListPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "registry/ListPage")
    static class Templates {
        static native TemplateInstance list(Page<ConfigurationSummary> found, Pagination pagination,
                ListFilters filters, boolean mayShare);
    }

    private final Registry registry;
    private final RegistryAccess access;

    public ListPage(Registry registry, RegistryAccess access) {
        this.registry = registry;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> list(@RestQuery String q, @RestQuery String software,
            @RestQuery String format, @RestQuery String licence, @RestQuery String tag, @RestQuery String owner,
            @RestQuery String status, @RestQuery String page) {
        ListFilters filters = new ListFilters(blank(q), blank(software), choice(ConfigurationFormat.class, format),
                blank(licence), blank(tag), blank(owner), choice(ConfigurationStatus.class, status));
        Page<ConfigurationSummary> found = registry.search(new RegistryQuery(filters.q(), filters.software(),
                filters.formatValue(), filters.licence(), filters.tag(), filters.owner(), filters.statusValue(),
                pageNumber(page), PAGE_SIZE));
        return access.page(200, Templates.list(found, Pagination.of(found, filters::page), filters,
                access.mayShare()));
    }

    /** A page number from a query, leniently: anything that is not one is the first page. */
    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.min(Math.max(1, Integer.parseInt(page.strip())), 10_000);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A choice from a link or the filters' select; one that names nothing is no filter, as in the directory. */
    private static <E extends Enum<E>> String choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT)).name();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The filters of the list as the reader chose them, and the addresses they make. */
    public record ListFilters(String q, String software, String format, String licence, String tag, String owner,
            String status) {

        public ConfigurationFormat formatValue() {
            return format == null ? null : ConfigurationFormat.valueOf(format);
        }

        public ConfigurationStatus statusValue() {
            return status == null ? null : ConfigurationStatus.valueOf(status);
        }

        public boolean isAny() {
            return q != null || software != null || format != null || licence != null || tag != null
                    || owner != null || status != null;
        }

        /** The address of one page of this list. */
        public String page(int number) {
            return address(number);
        }

        private String address(int number) {
            List<String> parts = new ArrayList<>();
            add(parts, "q", q);
            add(parts, "software", software);
            add(parts, "format", format);
            add(parts, "licence", licence);
            add(parts, "tag", tag);
            add(parts, "owner", owner);
            add(parts, "status", status);
            if (number > 1) {
                parts.add("page=" + number);
            }
            return parts.isEmpty() ? "/registry" : "/registry?" + String.join("&", parts);
        }

        private static void add(List<String> parts, String name, String value) {
            if (value != null) {
                parts.add(name + "=" + RegistryAddresses.query(value));
            }
        }
    }
}
