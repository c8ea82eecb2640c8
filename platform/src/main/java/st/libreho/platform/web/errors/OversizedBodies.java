package st.libreho.platform.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.Languages;
import st.libreho.platform.web.UiMessages;

/**
 * A request body over the platform's limit is refused before it is read, by Vert.x, with an empty 413 that no
 * exception mapper sees. This route, ahead of every other, refuses a body that announces a larger length the same
 * way the other errors read: a problem detail naming the body for the API and JSON clients, a short page for people.
 */
@ApplicationScoped
public class OversizedBodies {

    private final long limit;
    private final Languages languages;

    public OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            Languages languages) {
        this.limit = limit.asLongValue();
        this.languages = languages;
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
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        if (ErrorResponses.wantsProblem(context.request())) {
            JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Content Too Large")
                    .put("status", 413).put("detail", "The body is larger than the " + size + " accepted.")
                    .put("instance", context.request().path()).put("errors", new JsonArray()
                            .add(new JsonObject().put("field", "body").put("message", "is larger than " + size)));
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
        } else {
            // before any page code runs: the language is chosen here as RequestLanguage would
            Cookie remembered = context.request().getCookie(Languages.COOKIE);
            String language = languages.choose(remembered == null ? null : remembered.getValue(),
                    context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Bundles.of(UiMessages.class, language).error_too_large(size) + "\n");
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
