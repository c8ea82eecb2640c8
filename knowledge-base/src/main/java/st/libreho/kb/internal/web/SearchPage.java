package st.libreho.kb.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.SearchHit;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The knowledge base's search: the words typed, the pages found best first with their snippets; with {@code tag}, among
 * the pages with that tag only (without words, all of them, by title).
 */
@Path("/kb/search")
public class SearchPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "kb/SearchPage")
    static class Templates {
        static native TemplateInstance search(String query, String tag, Page<SearchHit> hits, Pagination pagination,
                String withoutTag);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public SearchPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance search(@RestQuery String q, @RestQuery String tag, @RestQuery String page) {
        String query = q == null ? "" : q.strip();
        // a tag that can be no page's is kept as typed, so that the page says what found nothing
        String filter = tag == null || tag.isBlank() ? "" : knowledgeBase.normaliseTag(tag);
        String shown = filter.isEmpty() && tag != null ? tag.strip() : filter;
        Page<SearchHit> hits = knowledgeBase.search(query, shown, KbAddresses.pageNumber(page), PAGE_SIZE,
                access.actor());
        String withoutTag = "/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        String address = shown.isEmpty() ? withoutTag
                : withoutTag + "&tag=" + URLEncoder.encode(shown, StandardCharsets.UTF_8);
        return Templates.search(query, shown, hits,
                Pagination.of(hits, number -> number == 1 ? address : address + "&page=" + number), withoutTag);
    }
}
