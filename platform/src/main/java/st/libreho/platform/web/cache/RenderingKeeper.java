package st.libreho.platform.web.cache;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps what a {@link CachedForVisitors} method rendered for a visitor who is not signed in (a request
 * {@link VisitorCacheRoute} marked as pending), with its validators, and says of a signed-in person's rendering of
 * the same method that it is theirs alone (ADR 0009). What the validators mean: the ETag is a hash of the bytes, so
 * equal bytes always have equal tags, in every instance; {@code Vary} names what else the page depends on (the
 * language cookie and header, and whether a session cookie says who is reading).
 */
public class RenderingKeeper {

    private final VisitorPageCache cache;
    private final RoutingContext request;
    private final ObjectMapper json;

    public RenderingKeeper(VisitorPageCache cache, RoutingContext request, ObjectMapper json) {
        this.cache = cache;
        this.request = request;
        this.json = json;
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
        VisitorCacheRoute.Pending pending = request.get(VisitorCacheRoute.PENDING);
        if (pending == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
            response.getHeaders().putSingle(HttpHeaders.VARY, VisitorCacheRoute.VARY);
            return;
        }
        byte[] body = bytesOf(response);
        if (response.getStatus() != 200 || body == null || response.getHeaders().containsKey("Set-Cookie")) {
            return;
        }
        String type = contentTypeOf(response, resource);
        String cacheControl = policy.maxAgeSeconds() > 0 ? "public, max-age=" + policy.maxAgeSeconds() : "no-cache";
        CachedResponse page = new CachedResponse(body, Compression.gzipped(body, type), type,
                response.getHeaderString(VisitorCacheRoute.CONTENT_DISPOSITION), etagOf(body), cacheControl,
                pending.key().language(), pending.generation());
        cache.keep(pending.key(), page);
        if (pending.claim() != null) {
            cache.rendered(pending.key(), pending.claim(), page);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, page.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().putSingle(HttpHeaders.VARY, VisitorCacheRoute.KEPT_VARY);
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
