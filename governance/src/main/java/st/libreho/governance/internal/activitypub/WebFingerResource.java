package st.libreho.governance.internal.activitypub;

import java.net.URI;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.CachedForVisitors;

/**
 * WebFinger (RFC 7033) for the only account the platform has, {@code acct:news@<host>}: how a fediverse server finds
 * the news actor from its handle. It lives with the actor while governance's news is the platform's only actor; a
 * second module with actors would move it to the web shell, which can see them all (ADR 0020).
 */
@Path("/.well-known/webfinger")
@Tag(name = "Governance: news over ActivityPub")
public class WebFingerResource {

    static final String MEDIA_TYPE = "application/jrd+json";

    private final NewsObjects objects;

    public WebFingerResource(NewsObjects objects) {
        this.objects = objects;
    }

    @GET
    @Produces({ MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @CachedForVisitors(maxAgeSeconds = 3600)
    @Operation(summary = "WebFinger for acct:news@<host>", description = "A JRD whose self link (type"
            + " application/activity+json) is the news actor. 400 without resource, 404 for any other account.")
    public Response find(@QueryParam("resource") String resource) {
        if (resource == null || resource.isBlank()) {
            throw new InvalidInputException("resource", "is required: acct:news@" + authority());
        }
        String subject = "acct:" + NewsObjects.USERNAME + "@" + authority();
        String asked = resource.strip();
        if (!isNews(asked)) {
            throw new NotFoundException("This platform has one account, " + subject + ".");
        }
        ObjectNode jrd = objects.node();
        jrd.put("subject", subject);
        jrd.putArray("aliases").add(objects.actorId());
        ArrayNode links = jrd.putArray("links");
        ObjectNode self = links.addObject();
        self.put("rel", "self");
        self.put("type", NewsObjects.MEDIA_TYPE);
        self.put("href", objects.actorId());
        ObjectNode page = links.addObject();
        page.put("rel", "http://webfinger.net/rel/profile-page");
        page.put("type", MediaType.TEXT_HTML);
        page.put("href", objects.base() + NewsObjects.NEWS_PAGE);
        return Response.ok(objects.write(jrd), MEDIA_TYPE).build();
    }

    /** The news account by its handle (with or without the port of the public address) or by its actor's id. */
    private boolean isNews(String resource) {
        if (resource.equals(objects.actorId())) {
            return true;
        }
        String lower = resource.toLowerCase(Locale.ROOT);
        String prefix = "acct:" + NewsObjects.USERNAME + "@";
        if (!lower.startsWith(prefix)) {
            return false;
        }
        String host = lower.substring(prefix.length());
        URI base = URI.create(objects.base());
        return host.equals(authority()) || host.equals(base.getHost().toLowerCase(Locale.ROOT));
    }

    private String authority() {
        return URI.create(objects.base()).getAuthority().toLowerCase(Locale.ROOT);
    }
}
