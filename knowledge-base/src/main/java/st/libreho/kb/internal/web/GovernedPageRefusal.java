package st.libreho.kb.internal.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import st.libreho.kb.GovernedPageException;
import st.libreho.platform.web.FormResponses;
import st.libreho.platform.web.RequestLanguage;
import st.libreho.platform.web.errors.ErrorResponses;
import st.libreho.platform.web.errors.Problem;

/**
 * A change refused on a charter page, through the pages or the API: a 403 that says why and where to propose a
 * revision instead. Only this refusal: the platform answers every other {@code ForbiddenException} with its own
 * words, so that no other refusal's message reaches a client.
 */
public class GovernedPageRefusal {

    @CheckedTemplate(basePath = "kb/GovernedPageRefusal")
    static class Templates {
        static native TemplateInstance refused(String path);
    }

    private final RequestLanguage language;

    public GovernedPageRefusal(RequestLanguage language) {
        this.language = language;
    }

    @ServerExceptionMapper
    public Response governed(GovernedPageException exception, HttpServerRequest request) {
        if (ErrorResponses.wantsProblem(request)) {
            return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank", "Forbidden", 403,
                    exception.getMessage() + " Propose one at /kb/" + exception.path() + "/edit.", request.path(),
                    List.of())).build();
        }
        return Response.status(403).type(FormResponses.HTML).entity(Templates.refused(exception.path())
                .setAttribute("locale", language.locale()).render()).build();
    }
}
