package st.libreho.governance.internal.activitypub;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.governance.ProposalView;
import st.libreho.governance.internal.web.GovernanceMarkdown;
import st.libreho.platform.web.PlatformConfig;

/**
 * The network's news as ActivityStreams 2.0: one actor ({@code news}, an Organization), its outbox, and for each
 * adopted press release an Article wrapped in the Create that published it. Every address starts with the configured
 * public address, so that an id names the same thing whichever instance or proxy answered.
 */
@ApplicationScoped
public class NewsObjects {

    /** What the documents are served as; ActivityPub also allows the JSON-LD type with the AS profile. */
    public static final String MEDIA_TYPE = "application/activity+json";
    public static final String LD_MEDIA_TYPE = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    static final String CONTEXT = "https://www.w3.org/ns/activitystreams";
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static final String USERNAME = "news";
    static final String ACTOR = "/ap/news";
    static final String OUTBOX = ACTOR + "/outbox";
    static final String INBOX = ACTOR + "/inbox";
    static final String RELEASES = ACTOR + "/releases/";
    static final String NEWS_PAGE = "/news";
    static final String NEWS_FEED = "/news.atom";

    private final PlatformConfig platform;
    private final GovernanceMarkdown markdown;
    private final ObjectMapper json;

    public NewsObjects(PlatformConfig platform, GovernanceMarkdown markdown, ObjectMapper json) {
        this.platform = platform;
        this.markdown = markdown;
        this.json = json;
    }

    String base() {
        return platform.publicUrl();
    }

    String actorId() {
        return base() + ACTOR;
    }

    ObjectNode actor() {
        ObjectNode actor = document();
        actor.put("id", actorId());
        actor.put("type", "Organization");
        actor.put("preferredUsername", USERNAME);
        actor.put("name", "Librehosters news");
        actor.put("summary", "<p>The press releases the members of the Librehosters network adopted together. Only"
                + " published here: follows are not accepted yet; the same news is in the Atom feed at <a href=\""
                + base() + NEWS_FEED + "\">" + base() + NEWS_FEED + "</a>.</p>");
        actor.put("url", base() + NEWS_PAGE);
        actor.put("inbox", base() + INBOX);
        actor.put("outbox", base() + OUTBOX);
        return actor;
    }

    /** The Article of an adopted press release. */
    ObjectNode article(ProposalView release, boolean withContext) {
        ObjectNode article = withContext ? document() : json.createObjectNode();
        article.put("id", articleId(release.id()));
        article.put("type", "Article");
        article.put("attributedTo", actorId());
        article.put("name", release.title());
        article.put("content", markdown.html(release.text()).getValue());
        article.put("mediaType", "text/html");
        ObjectNode source = article.putObject("source");
        source.put("content", release.text());
        source.put("mediaType", "text/markdown");
        article.put("published", published(release).toString());
        // its decision's page, which every release has; /news is paginated, so an anchor there would not last
        article.put("url", base() + "/decisions/proposals/" + release.id());
        article.putArray("to").add(PUBLIC);
        return article;
    }

    /** The Create by which the news actor published the release, with the Article inside. */
    ObjectNode create(ProposalView release, boolean withContext) {
        ObjectNode create = withContext ? document() : json.createObjectNode();
        create.put("id", articleId(release.id()) + "/activity");
        create.put("type", "Create");
        create.put("actor", actorId());
        create.put("published", published(release).toString());
        create.putArray("to").add(PUBLIC);
        create.set("object", article(release, false));
        return create;
    }

    String articleId(long id) {
        return base() + RELEASES + id;
    }

    /** An empty object, for documents that are not ActivityStreams (WebFinger's JRD). */
    ObjectNode node() {
        return json.createObjectNode();
    }

    ObjectNode document() {
        ObjectNode document = json.createObjectNode();
        document.put("@context", CONTEXT);
        return document;
    }

    String write(ObjectNode document) {
        try {
            return json.writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes is always written", e);
        }
    }

    /** When the release took effect, to the second: the news' own date. */
    private static Instant published(ProposalView release) {
        Instant at = release.effectiveAt() != null ? release.effectiveAt() : release.closedAt();
        return at.truncatedTo(ChronoUnit.SECONDS);
    }
}
