package st.libreho.platform.web.errors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * The CSRF filter refuses a form without a valid token with a bare 400 before any resource or exception mapper
 * runs. A person then deserves a page that says what happened and what to do, in their language.
 */
public class RefusedFormPage {

    private final ErrorResponses responses;

    public RefusedFormPage(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest vertxRequest) {
        boolean bareRefusal = response.getStatus() == 400 && !response.hasEntity();
        boolean form = request.getMediaType() != null
                && (request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (bareRefusal && form && !ErrorResponses.wantsProblem(vertxRequest)) {
            response.setEntity(responses.refusedFormPage(vertxRequest), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
