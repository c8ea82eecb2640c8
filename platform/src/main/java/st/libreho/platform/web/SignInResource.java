package st.libreho.platform.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;

/**
 * The layout's "Sign in" link. It requires a session, so the identity provider's sign-in runs first; then the person
 * is back on the page they signed in from ({@code back}, a path on this site), or else on their own page, {@code /me},
 * which the web shell serves.
 */
@Path("/login")
@Authenticated
public class SignInResource {

    @GET
    public Response login(@RestQuery String back) {
        String path = back == null || back.isBlank() || back.startsWith("/login") ? "/me"
                : LanguageResource.safeLocalPath(back);
        return Response.seeOther(URI.create(path)).build();
    }
}
