package st.libreho.directory.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import st.libreho.platform.Actor;

/** The operators' tools for the directory: the header's "Operator" link leads here. */
@Path("/operator")
@RolesAllowed(Actor.OPERATOR_ROLE)
public class OperatorPage {

    @CheckedTemplate(basePath = "directory/OperatorPage")
    static class Templates {
        static native TemplateInstance operator();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.operator();
    }
}
