package st.libreho.web.errors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Endpoints that exist only in tests, to provoke the failures the error handling must answer. */
public class TestOnlyResources {

    @Path("/test-only")
    public static class Pages {
        @GET
        @Path("failure")
        @Produces(MediaType.TEXT_HTML)
        public String failure() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Path("/api/v1/test-only")
    public static class Api {

        public record Input(@NotBlank String name, @Pattern(regexp = "https?://\\S+") String website) {
        }

        @GET
        @Path("failure")
        @Produces(MediaType.APPLICATION_JSON)
        public String failure() {
            throw new IllegalStateException("secret internal detail");
        }

        @GET
        @Path("operators")
        @RolesAllowed("operator")
        public String operators() {
            return "ok";
        }

        @POST
        @Path("validated")
        @Consumes(MediaType.APPLICATION_JSON)
        public String validated(@Valid Input input) {
            return input.name();
        }
    }
}
