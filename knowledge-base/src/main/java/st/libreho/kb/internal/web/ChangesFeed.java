package st.libreho.kb.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.RecentChange;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.platform.web.cache.CachedForVisitors;
import st.libreho.platform.web.feeds.AtomWriter;

/**
 * The recent changes as an Atom 1.0 feed: the latest revisions of public pages, for everyone alike (a feed reader
 * signs in nowhere, and a feed is easily shared), so never a members-only one, whoever asks.
 */
@Path("/kb/changes.atom")
public class ChangesFeed {

    static final int ENTRIES = 50;
    static final String ATOM = AtomWriter.NAMESPACE;
    static final String MEDIA_TYPE = AtomWriter.MEDIA_TYPE;

    private final KnowledgeBase knowledgeBase;

    public ChangesFeed(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    @Produces(MEDIA_TYPE)
    @CachedForVisitors(maxAgeSeconds = 60)
    public String feed(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return atom(base, knowledgeBase.recentChanges(1, ENTRIES, null).items());
    }

    static String atom(String base, List<RecentChange> changes) {
        // the newest change, not the time of asking: the same data gives the same bytes (ADR 0009)
        Instant updated = changes.isEmpty() ? Instant.EPOCH : changes.get(0).revision().createdAt();
        List<AtomWriter.Entry> entries = changes.stream().map(change -> entry(base, change)).toList();
        return AtomWriter.feed(base + "/kb/changes", "Librehosters knowledge base: recent changes", updated,
                base + "/kb/changes.atom", base + "/kb/changes", entries);
    }

    private static AtomWriter.Entry entry(String base, RecentChange change) {
        String summary = change.revision().summary();
        return new AtomWriter.Entry(
                base + WikiPaths.href(change.path()) + "/revisions/" + change.revision().number(),
                change.pageTitle(), null, change.revision().createdAt(), change.revision().authorName(),
                change.revision().tags(),
                summary == null || summary.isBlank() ? "Revision " + change.revision().number() + " ("
                        + change.revision().kind().name().toLowerCase(Locale.ROOT) + ")" : summary);
    }
}
