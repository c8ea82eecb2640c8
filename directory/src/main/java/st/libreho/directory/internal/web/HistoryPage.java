package st.libreho.directory.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.directory.Directory;
import st.libreho.directory.HistoryEntry;
import st.libreho.directory.OrganisationProfile;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;

/** An organisation's public history: every change, who made it and when, newest first. */
@Path("/members/{slug}/history")
public class HistoryPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "directory/HistoryPage")
    static class Templates {
        static native TemplateInstance history(OrganisationProfile profile, List<HistorySentences.Line> lines,
                long total, Pagination pagination);
    }

    private final Directory directory;
    private final OrganisationAccess access;
    private final Labels labels;

    public HistoryPage(Directory directory, OrganisationAccess access, Labels labels) {
        this.directory = directory;
        this.access = access;
        this.labels = labels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance history(@RestPath String slug, @RestQuery String page) {
        OrganisationProfile profile = access.profile(slug);
        Page<HistoryEntry> entries = directory.history(slug, pageNumber(page), PAGE_SIZE, access.actor());
        HistorySentences sentences = new HistorySentences(labels, access.canManage(slug));
        String base = "/members/" + slug + "/history";
        return Templates.history(profile, entries.items().stream().map(sentences::line).toList(), entries.total(),
                Pagination.of(entries, number -> number == 1 ? base : base + "?page=" + number));
    }

    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
