package st.libreho.platform.web;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

/**
 * What a page answers to a form: Post/Redirect/Get after a change, or the form shown again, with what the person
 * typed, under the status that says why (400 for a problem in a field, 409 for a concurrent change).
 */
public final class FormResponses {

    /** Said in full, so that a browser never guesses the charset of a page shown again after a refusal. */
    public static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    private FormResponses() {
    }

    /** After a change, back to a page that says it was saved ({@code saved=1}). */
    public static RestResponse<TemplateInstance> savedTo(String path) {
        return RestResponse.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "saved=1"));
    }

    /** A page answering a form: the form again as the person filled it (400, 409), or what the form produced. */
    public static RestResponse<TemplateInstance> page(int status, TemplateInstance form) {
        return RestResponse.ResponseBuilder.<TemplateInstance> create(status).type(HTML).entity(form).build();
    }

    /**
     * A page that holds what one person typed, a token made for them or something confidential: no browser, proxy or
     * cache may keep it ({@code Cache-Control: no-store}).
     */
    public static RestResponse<TemplateInstance> privatePage(int status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.<TemplateInstance> create(status).type(HTML).entity(page)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
