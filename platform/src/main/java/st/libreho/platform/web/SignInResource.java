package st.libreho.platform.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * The layout's "Sign in" link. It requires a session, so the identity provider's sign-in runs first; then the person
 * lands on their own page, {@code /me}, which the web shell serves.
 */
@Path("/login")
@Authenticated
public class SignInResource {

    @GET
    public Response login() {
        return Response.seeOther(URI.create("/me")).build();
    }
}
