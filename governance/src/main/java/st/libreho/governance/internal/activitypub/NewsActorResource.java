package st.libreho.governance.internal.activitypub;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.governance.Governance;
import st.libreho.governance.ProposalView;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.errors.Problem;

/**
 * The network's news over ActivityPub, publish-only: the {@code news} actor, its outbox of Create activities (paged,
 * 20 a page) and each adopted press release as an Article at its id. The inbox takes nothing yet: a POST is a 405
 * problem that says so and points to the Atom feed. ADR 0020.
 */
@Path(NewsObjects.ACTOR)
@Tag(name = "Governance: news over ActivityPub")
@Produces({ NewsObjects.MEDIA_TYPE, "application/ld+json", MediaType.APPLICATION_JSON })
public class NewsActorResource {

    static final int PAGE_SIZE = 20;
    /** Deeper pages are refused rather than counted through: the news is a few releases a year. */
    static final int MAX_PAGE = 1000;

    private final Governance governance;
    private final NewsObjects objects;

    public NewsActorResource(Governance governance, NewsObjects objects) {
        this.governance = governance;
        this.objects = objects;
    }

    @GET
    @CachedForVisitors(maxAgeSeconds = 300)
    @Operation(summary = "The news actor (Organization, preferredUsername news)")
    public Response actor() {
        return answer(objects.actor());
    }

    @GET
    @Path("outbox")
    @CachedForVisitors(maxAgeSeconds = 60)
    @Operation(summary = "The news actor's outbox", description = "An OrderedCollection of the Create activities of"
            + " the adopted press releases, newest first; without page, the collection with its first page's"
            + " address; with page (from 1), that page of 20.")
    public Response outbox(@QueryParam("page") String page) {
        String outbox = objects.base() + NewsObjects.OUTBOX;
        if (page == null) {
            long total = governance.news(1, 1).total();
            ObjectNode collection = objects.document();
            collection.put("id", outbox);
            collection.put("type", "OrderedCollection");
            collection.put("totalItems", total);
            collection.put("first", outbox + "?page=1");
            collection.put("last", outbox + "?page=" + Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
            return answer(collection);
        }
        int number = pageNumber(page);
        Page<ProposalView> news = governance.news(number, PAGE_SIZE);
        ObjectNode collectionPage = objects.document();
        collectionPage.put("id", outbox + "?page=" + number);
        collectionPage.put("type", "OrderedCollectionPage");
        collectionPage.put("partOf", outbox);
        collectionPage.put("totalItems", news.total());
        if (news.hasPrevious()) {
            collectionPage.put("prev", outbox + "?page=" + (number - 1));
        }
        if (news.hasNext()) {
            collectionPage.put("next", outbox + "?page=" + (number + 1));
        }
        ArrayNode items = collectionPage.putArray("orderedItems");
        news.items().forEach(release -> items.add(objects.create(release, false)));
        return answer(collectionPage);
    }

    @GET
    @Path("releases/{id}")
    @CachedForVisitors(maxAgeSeconds = 300)
    @Operation(summary = "An adopted press release as an Article")
    public Response release(@PathParam("id") String id) {
        return answer(objects.article(adopted(id), true));
    }

    @GET
    @Path("releases/{id}/activity")
    @CachedForVisitors(maxAgeSeconds = 300)
    @Operation(summary = "The Create activity that published a press release")
    public Response activity(@PathParam("id") String id) {
        return answer(objects.create(adopted(id), true));
    }

    @GET
    @Path("inbox")
    @CachedForVisitors(maxAgeSeconds = 300)
    @Operation(summary = "The news actor's inbox: always empty", description = "Nothing is accepted yet.")
    public Response inbox() {
        ObjectNode collection = objects.document();
        collection.put("id", objects.base() + NewsObjects.INBOX);
        collection.put("type", "OrderedCollection");
        collection.put("totalItems", 0);
        collection.putArray("orderedItems");
        return answer(collection);
    }

    @POST
    @Path("inbox")
    @Produces(Problem.MEDIA_TYPE)
    @Operation(summary = "Refused: the news actor accepts no activity yet (405)")
    public Response deliver() {
        String feed = objects.base() + NewsObjects.NEWS_FEED;
        return Response.status(405).type(Problem.MEDIA_TYPE).header(HttpHeaders.ALLOW, "GET")
                .entity(new Problem("about:blank", "Method Not Allowed", 405, "The Librehosters news only publishes"
                        + " over ActivityPub for now: follows and other activities are not accepted yet. Read the"
                        + " outbox, or follow the news in the Atom feed at " + feed + ".",
                        NewsObjects.INBOX, null))
                .build();
    }

    private ProposalView adopted(String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            number = -1;
        }
        return (number < 1 ? java.util.Optional.<ProposalView> empty() : governance.newsItem(number))
                .orElseThrow(() -> new NotFoundException("There is no adopted press release " + id + " in the news."));
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new NotFoundException("There is no page '" + page + "' of the outbox: pages count from 1.");
    }

    private Response answer(ObjectNode document) {
        return Response.ok(objects.write(document), NewsObjects.MEDIA_TYPE).build();
    }
}
