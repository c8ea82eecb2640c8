package st.libreho.platform.web.errors;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.platform.web.RequestLanguage;

/**
 * Turns a failure into what the client can read: an HTML page for people, a problem detail for the API and for
 * clients that ask for JSON. Neither ever carries a stack trace.
 */
@ApplicationScoped
public class ErrorResponses {

    private final RequestLanguage language;

    public ErrorResponses(RequestLanguage language) {
        this.language = language;
    }

    @CheckedTemplate(basePath = "platform/ErrorPages")
    static class Templates {
        static native TemplateInstance error(String kind, String detail, String reference);
    }

    public Response respond(HttpServerRequest request, int status, String title, String detail, String reference,
            List<Problem.FieldError> errors) {
        return respond(request, status, title, detail, reference, errors, null);
    }

    public Response respond(HttpServerRequest request, int status, String title, String detail, String reference,
            List<Problem.FieldError> errors, Object current) {
        if (wantsProblem(request)) {
            Problem problem = new Problem("about:blank", title, status, detail, request.path(), errors, current);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        TemplateInstance page = Templates.error(kind(status), detail, reference).setAttribute("locale",
                language.locale());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    /** The page for a form refused because its CSRF token was missing or stale. */
    String refusedFormPage(HttpServerRequest request) {
        return Templates.error("form", null, null)
                .setAttribute("locale", language.locale()).render();
    }

    /** The page's wording: the common statuses have their own, any other client error reads as a bad request. */
    static String kind(int status) {
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        return status < 500 ? "400" : "500";
    }

    /** Whether the client reads problem details (the API, or a client that asks for JSON) rather than a page. */
    public static boolean wantsProblem(HttpServerRequest request) {
        if (request.path().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html")
                && (accept.contains("json") || accept.contains("problem"));
    }
}
