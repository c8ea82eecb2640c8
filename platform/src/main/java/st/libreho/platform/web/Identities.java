package st.libreho.platform.web;

import java.util.Objects;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import st.libreho.platform.Actor;
import st.libreho.platform.SignInClaims;

/**
 * Reads who a request comes from. The identity provider's claims are copied onto the security identity as attributes
 * at sign-in (by the directory, which also adds the roles its delegations give), and read back here, so that pages and
 * resources build an {@link Actor} without knowing Quarkus security in the facades.
 */
public final class Identities {

    /** Identity attributes set at sign-in from the provider's claims. */
    public static final String EMAIL = "librehosters.email";
    public static final String EMAIL_VERIFIED = "librehosters.email-verified";
    public static final String DISPLAY_NAME = "librehosters.display-name";

    private Identities() {
    }

    /** The person behind a request, or null when nobody is signed in. */
    public static Actor actorOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String subject = identity.getPrincipal().getName();
        String name = identity.getAttribute(DISPLAY_NAME);
        if (name != null && name.length() > Actor.MAX_NAME) {
            // histories store at most this much; a provider may send more
            name = name.substring(0, Actor.MAX_NAME);
        }
        Object verified = identity.getAttribute(EMAIL_VERIFIED);
        return new Actor(subject, name == null ? subject : name, identity.getAttribute(EMAIL),
                verified != null && Boolean.parseBoolean(verified.toString()), identity.hasRole(Actor.OPERATOR_ROLE));
    }

    /** What the token says of its bearer; the display name falls back to the username, then the subject. */
    public static SignInClaims claimsOf(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        if (name == null || name.isBlank()) {
            name = token.getSubject();
        }
        Object verified = token.getClaim("email_verified");
        return new SignInClaims(token.getSubject(), name, token.getClaim("email"),
                verified != null && Boolean.parseBoolean(Objects.toString(verified)), token.getClaim("locale"));
    }
}
