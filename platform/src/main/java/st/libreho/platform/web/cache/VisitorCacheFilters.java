package st.libreho.platform.web.cache;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import st.libreho.platform.web.RequestLanguage;

/**
 * Serves a public page from memory to a visitor who is not signed in, and keeps what a {@link CachedForVisitors}
 * method rendered for such a visitor (ADR 0009). Both run in the REST layer, after sign-in is known: a signed-in
 * person, or a request with a token, is never served nor the source of a kept page.
 * <p>
 * The look-up runs before the request is matched to a method, on the I/O thread, so that a kept page costs neither
 * a worker thread nor a database connection. What the validators mean: the ETag is a hash of the bytes, so equal
 * bytes always have equal tags, in every instance; {@code Vary} names what else the page depends on (the language
 * cookie and header, and whether a session cookie says who is reading).
 */
public class VisitorCacheFilters {

    static final String PENDING = VisitorCacheFilters.class.getName() + ".pending";
    static final String VARY = "Accept-Language, Cookie";
    static final String CONTENT_DISPOSITION = "Content-Disposition";
    private static final Uni<Response> CONTINUE = Uni.createFrom().nullItem();

    /**
     * A request that may be kept: its key, the generation of the public content when it began, and, when it claimed
     * the rendering, what others wait on.
     */
    record Pending(VisitorCacheKey key, long generation, CompletableFuture<CachedResponse> claim) {
    }

    /** How long a request waits for the same page rendered by another before rendering it itself. */
    static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(30);

    private final VisitorPageCache cache;
    private final SecurityIdentity identity;
    private final RequestLanguage language;
    private final RoutingContext request;
    private final ObjectMapper json;

    public VisitorCacheFilters(VisitorPageCache cache, SecurityIdentity identity, RequestLanguage language,
            RoutingContext request, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
        this.identity = identity;
        this.language = language;
        this.request = request;
    }

    /** After the language filter (which runs at {@link Priorities#USER}): the language is part of the key. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Uni<Response> serveKept(ContainerRequestContext context) {
        String method = context.getMethod();
        if (!cache.enabled() || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || !identity.isAnonymous()) {
            return CONTINUE;
        }
        VisitorCacheKey key = new VisitorCacheKey(request.request().uri(), language.get(),
                context.getHeaderString(HttpHeaders.ACCEPT));
        // the generation is read before the page reads anything, so that a change made meanwhile discards it
        long generation = cache.generation();
        CachedResponse kept = cache.current(key);
        if (kept != null) {
            return Uni.createFrom().item(answer(kept, context));
        }
        CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
        CompletableFuture<CachedResponse> other = cache.claim(key, mine);
        if (other == null) {
            context.setProperty(PENDING, new Pending(key, generation, mine));
            // whatever the outcome (kept, an error, a dropped connection), those waiting are released
            request.addEndHandler(ended -> cache.rendered(key, mine, null));
            return CONTINUE;
        }
        return Uni.createFrom().completionStage(other).ifNoItem().after(WAIT_FOR_OTHER).recoverWithItem(
                (CachedResponse) null)
                .map(page -> {
                    if (page != null && page.generation() == cache.generation()) {
                        return answer(page, context);
                    }
                    context.setProperty(PENDING, new Pending(key, generation, null));
                    return null;
                });
    }

    private static Response answer(CachedResponse kept, ContainerRequestContext context) {
        Response.ResponseBuilder answer = matches(context.getHeaderString(HttpHeaders.IF_NONE_MATCH), kept.etag())
                ? Response.notModified()
                : Response.ok(kept.body()).type(kept.contentType());
        if (kept.disposition() != null) {
            answer.header(CONTENT_DISPOSITION, kept.disposition());
        }
        return answer.header(HttpHeaders.ETAG, kept.etag()).header(HttpHeaders.CACHE_CONTROL, kept.cacheControl())
                .header(HttpHeaders.VARY, VARY).header(HttpHeaders.CONTENT_LANGUAGE, kept.language()).build();
    }

    /**
     * Keeps a successful anonymous rendering of a {@link CachedForVisitors} method, with its validators. A signed-in
     * person's rendering of the same page says it is theirs alone.
     */
    @ServerResponseFilter
    public void keep(ContainerRequestContext context, ContainerResponseContext response, ResourceInfo resource) {
        CachedForVisitors policy = policyOf(resource);
        if (policy == null) {
            return;
        }
        Pending pending = (Pending) context.getProperty(PENDING);
        if (pending == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
            return;
        }
        byte[] body = bytesOf(response);
        if (response.getStatus() != 200 || body == null || response.getHeaders().containsKey("Set-Cookie")) {
            return;
        }
        String type = contentTypeOf(response, resource);
        String cacheControl = policy.maxAgeSeconds() > 0 ? "public, max-age=" + policy.maxAgeSeconds() : "no-cache";
        CachedResponse page = new CachedResponse(body, type,
                response.getHeaderString(CONTENT_DISPOSITION), etagOf(body), cacheControl, pending.key().language(),
                pending.generation());
        cache.keep(pending.key(), page);
        if (pending.claim() != null) {
            cache.rendered(pending.key(), pending.claim(), page);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, page.language());
        if (matches(context.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static CachedForVisitors policyOf(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        CachedForVisitors policy = method.getAnnotation(CachedForVisitors.class);
        return policy != null ? policy : method.getDeclaringClass().getAnnotation(CachedForVisitors.class);
    }

    /** The type the answer goes out with: the response's own, else the first the method declares it produces. */
    private static String contentTypeOf(ContainerResponseContext response, ResourceInfo resource) {
        if (response.getMediaType() != null) {
            return response.getMediaType().toString();
        }
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        return produces == null || produces.value().length == 0 ? null : produces.value()[0];
    }

    /**
     * The bytes that will be sent. A template or an object for JSON is turned into its bytes here rather than by the
     * writer, so that the bytes kept are the bytes sent. Any other entity is not kept.
     */
    private byte[] bytesOf(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes;
        if (entity instanceof TemplateInstance template) {
            bytes = template.render().getBytes(StandardCharsets.UTF_8);
        } else if (entity != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            try {
                bytes = json.writeValueAsBytes(entity);
            } catch (JsonProcessingException e) {
                return null;
            }
        } else {
            return null;
        }
        response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
        return bytes;
    }

    /** A strong validator: the first 128 bits of the SHA-256 of the bytes, in URL-safe Base64. */
    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16))
                    + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether an If-None-Match header names this tag (or is {@code *}); weak tags compare by their value. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }
}
