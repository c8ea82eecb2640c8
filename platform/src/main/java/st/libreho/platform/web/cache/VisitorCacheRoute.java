package st.libreho.platform.web.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import st.libreho.platform.web.Languages;

/**
 * Serves a kept public page to a visitor who is not signed in, straight from the HTTP layer, after sign-in is known
 * and before any REST resource (ADR 0009): no worker thread, no database connection, no template. A page not kept
 * goes on to its resource, marked so that {@link RenderingKeeper} keeps what it renders; a visitor asking for a
 * page that another request is rendering waits for that rendering instead of making another.
 * <p>
 * Large bodies (the whole directory's export) go out in slices, each written when the connection can take it, so
 * that sixty-four downloads at once never hold more than a slice each in the network buffers.
 */
@ApplicationScoped
public class VisitorCacheRoute {

    static final String PENDING = VisitorCacheRoute.class.getName() + ".pending";
    static final String VARY = "Accept-Language, Cookie";
    /** What a kept page's representation depends on: the above, and whether it was sent compressed. */
    static final String KEPT_VARY = "Accept-Encoding, Accept-Language, Cookie";
    static final String CONTENT_DISPOSITION = "Content-Disposition";

    /** After authentication (a filter at order -200) and before the REST layer (order 10,000). */
    static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    /** How long a request waits for the same page rendered by another before rendering it itself. */
    static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(30);

    /** What one write hands to the network at most. */
    static final int SLICE = 64 * 1024;

    /**
     * A request that may be kept: its key, the generation of the public content when it began, and, when it claimed
     * the rendering, what others wait on.
     */
    record Pending(VisitorCacheKey key, long generation, CompletableFuture<CachedResponse> claim) {
    }

    private final VisitorPageCache cache;
    private final Languages languages;

    public VisitorCacheRoute(VisitorPageCache cache, Languages languages) {
        this.cache = cache;
        this.languages = languages;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            router.route().order(ORDER).handler(this::serveKept);
        }
    }

    private static String originOf(RoutingContext context) {
        return context.request().scheme() + "://" + context.request().authority();
    }

    void serveKept(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || !anonymous(context)) {
            context.next();
            return;
        }
        VisitorCacheKey key = new VisitorCacheKey(originOf(context), context.request().uri(), languageOf(context),
                context.request().getHeader(HttpHeaders.ACCEPT));
        // the generation is read before the page reads anything, so that a change made meanwhile discards it
        long generation = cache.generation();
        CachedResponse kept = cache.current(key);
        if (kept != null) {
            send(context, kept);
            return;
        }
        if (!cache.keepsPath(key.path())) {
            // nothing of this address was ever kept: it may not be a public page at all, so nobody waits for it
            context.put(PENDING, new Pending(key, generation, null));
            context.next();
            return;
        }
        CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
        CompletableFuture<CachedResponse> other = cache.claim(key, mine);
        if (other == null) {
            context.put(PENDING, new Pending(key, generation, mine));
            // whatever the outcome (kept, an error, a dropped connection), those waiting are released
            context.addEndHandler(ended -> cache.rendered(key, mine, null));
            context.next();
            return;
        }
        Context eventLoop = Vertx.currentContext();
        other.orTimeout(WAIT_FOR_OTHER.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((page, failed) -> eventLoop.runOnContext(back -> {
                    if (page != null && page.generation() == cache.generation()) {
                        send(context, page);
                    } else {
                        context.put(PENDING, new Pending(key, generation, null));
                        context.next();
                    }
                }));
    }

    /** Nobody is signed in: authentication has run, and found neither a session nor a token. */
    private static boolean anonymous(RoutingContext context) {
        return !(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
    }

    /** The language as the pages will choose it ({@link st.libreho.platform.web.RequestLanguage}). */
    private String languageOf(RoutingContext context) {
        Cookie remembered = context.request().getCookie(Languages.COOKIE);
        return languages.choose(remembered == null ? null : remembered.getValue(),
                context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static void send(RoutingContext context, CachedResponse kept) {
        HttpServerResponse response = context.response();
        boolean gzip = kept.gzipped() != null
                && Compression.accepted(context.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? kept.gzipEtag() : kept.etag();
        response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, kept.cacheControl())
                .putHeader(HttpHeaders.VARY, KEPT_VARY).putHeader(HttpHeaders.CONTENT_LANGUAGE, kept.language());
        // the same bytes under either encoding: a client holding one variant still holds the current page
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (RenderingKeeper.matches(ifNoneMatch, kept.etag())
                || (kept.gzipped() != null && RenderingKeeper.matches(ifNoneMatch, kept.gzipEtag()))) {
            response.setStatusCode(304).end();
            return;
        }
        if (kept.contentType() != null) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, kept.contentType());
        }
        if (kept.disposition() != null) {
            response.putHeader(CONTENT_DISPOSITION, kept.disposition());
        }
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        byte[] body = gzip ? kept.gzipped() : kept.body();
        response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        if (HttpMethod.HEAD.equals(context.request().method())) {
            response.end();
        } else if (body.length <= SLICE) {
            response.end(Buffer.buffer(body));
        } else {
            writeFrom(response, body, 0);
        }
    }

    /** Writes slices while the connection takes them, and goes on when it has drained. */
    private static void writeFrom(HttpServerResponse response, byte[] body, int offset) {
        int next = offset;
        while (next < body.length) {
            int end = Math.min(next + SLICE, body.length);
            response.write(Buffer.buffer(SLICE).appendBytes(body, next, end - next));
            next = end;
            if (next < body.length && response.writeQueueFull()) {
                int resume = next;
                response.drainHandler(drained -> writeFrom(response, body, resume));
                return;
            }
        }
        response.end();
    }
}
