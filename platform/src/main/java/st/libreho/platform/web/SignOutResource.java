package st.libreho.platform.web;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The layout's "Sign out" button. A POST that carries the form's CSRF token, so that no other site can sign a visitor
 * out with a link or an image (Quarkus' own logout path answers any GET). It ends the platform's session, then sends
 * the person to the identity provider's end-session endpoint, which ends the single sign-on session too and brings
 * them back to the home page.
 */
@Path("/logout")
public class SignOutResource {

    private final SecurityIdentity identity;
    private final OidcSession session;
    private final OidcConfigurationMetadata provider;
    private final String clientId;

    public SignOutResource(SecurityIdentity identity, OidcSession session, OidcConfigurationMetadata provider,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.identity = identity;
        this.session = session;
        this.provider = provider;
        this.clientId = clientId;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(UriInfo uri) {
        URI home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        // a session without an ID token to hand back (a test identity, for one) has nothing to end at the provider
        String idToken = identity.isAnonymous() || session.getIdToken() == null ? null
                : session.getIdToken().getRawToken();
        if (idToken == null) {
            return Uni.createFrom().item(Response.seeOther(home).build());
        }
        String endSession = provider.getEndSessionUri();
        URI next = endSession == null ? home
                : UriBuilder.fromUri(endSession).queryParam("id_token_hint", idToken)
                        .queryParam("post_logout_redirect_uri", home).queryParam("client_id", clientId).build();
        return session.logout().replaceWith(Response.seeOther(next).build());
    }
}
