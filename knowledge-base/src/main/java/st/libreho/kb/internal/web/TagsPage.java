package st.libreho.kb.internal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageLink;
import st.libreho.kb.TagCount;
import st.libreho.platform.Page;
import st.libreho.platform.web.Pagination;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * The wiki's tags: every tag with its number of pages, and a tag's pages by title. Both count only the pages the reader
 * may see, so that a tag found on members-only pages alone is, for anyone else, a tag no page has (404).
 */
@Path("/kb/tags")
public class TagsPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "kb/TagsPage")
    static class Templates {
        static native TemplateInstance tags(List<TagCount> tags);

        static native TemplateInstance tagged(String tag, Page<PageLink> pages, Pagination pagination);
    }

    private final KnowledgeBase knowledgeBase;
    private final KbAccess access;

    public TagsPage(KnowledgeBase knowledgeBase, KbAccess access) {
        this.knowledgeBase = knowledgeBase;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public TemplateInstance tags() {
        return Templates.tags(knowledgeBase.tags(access.actor()));
    }

    @GET
    @Path("{tag}")
    @Produces(MediaType.TEXT_HTML)
    @CachedForVisitors
    public RestResponse<TemplateInstance> tagged(@RestPath String tag, @RestQuery String page) {
        String normalised = knowledgeBase.normaliseTag(tag);
        if (!normalised.isEmpty() && !normalised.equals(tag)) {
            // Backup and backup are one tag: at one address
            return RestResponse.ResponseBuilder.<TemplateInstance> create(RestResponse.Status.TEMPORARY_REDIRECT)
                    .location(java.net.URI.create("/kb/tags/" + normalised)).build();
        }
        Page<PageLink> pages = knowledgeBase.pagesTagged(normalised, KbAddresses.pageNumber(page), PAGE_SIZE,
                access.actor());
        String address = "/kb/tags/" + normalised;
        Pagination pagination = Pagination.of(pages, number -> number == 1 ? address : address + "?page=" + number);
        // no page with the tag for this reader: there is no such tag (a page past the end of a list is not that)
        int status = pages.total() == 0 ? 404 : 200;
        return access.page(status, Templates.tagged(normalised.isEmpty() ? tag : normalised, pages, pagination));
    }
}
