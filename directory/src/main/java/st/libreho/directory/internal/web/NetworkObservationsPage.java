package st.libreho.directory.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.FailingObservation;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/** Every check that fails now across the network, oldest failure first. */
@Path("/directory/observations")
public class NetworkObservationsPage {

    static final int PAGE_SIZE = 50;

    /** A failing check in the network's list. */
    @TemplateData
    public record FailingRow(String slug, String organisation, ObservedLine line) {
    }

    @CheckedTemplate(basePath = "directory/NetworkObservationsPage")
    static class Templates {
        static native TemplateInstance network(List<FailingRow> rows, long total, Pagination pagination,
                String lastRound);
    }

    private final Directory directory;
    private final ObservedLines lines;

    public NetworkObservationsPage(Directory directory, ObservedLines lines) {
        this.directory = directory;
        this.lines = lines;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance network(@RestQuery String page) {
        Page<FailingObservation> failing = directory.failingObservations(HistoryPage.pageNumber(page), PAGE_SIZE);
        List<FailingRow> rows = failing.items().stream().map(item -> new FailingRow(item.slug(),
                item.organisationName(), lines.line(item.observation()))).toList();
        String base = "/directory/observations";
        return Templates.network(rows, failing.total(),
                Pagination.of(failing, number -> number == 1 ? base : base + "?page=" + number),
                directory.lastObservationRound().map(lines::date).orElse(null));
    }

}
