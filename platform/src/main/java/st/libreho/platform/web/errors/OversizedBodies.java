package st.libreho.platform.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request body over the platform's limit is refused before it is read, by Vert.x, with an empty 413 that no
 * exception mapper sees. This route, ahead of every other, refuses a body that announces a larger length the same
 * way the other errors read: a problem detail naming the body for the API and JSON clients, a short page for people.
 */
@ApplicationScoped
public class OversizedBodies {

    private final long limit;

    public OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseWhenTooLarge);
    }

    private void refuseWhenTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        String megabytes = limit / (1024 * 1024) + " MB";
        if (ErrorResponses.wantsProblem(context.request())) {
            JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Content Too Large")
                    .put("status", 413).put("detail", "The body is larger than the " + megabytes + " accepted.")
                    .put("instance", context.request().path()).put("errors", new JsonArray()
                            .add(new JsonObject().put("field", "body").put("message", "is larger than " + megabytes)));
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
        } else {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("What you sent is larger than the " + megabytes + " the platform accepts.\n");
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
