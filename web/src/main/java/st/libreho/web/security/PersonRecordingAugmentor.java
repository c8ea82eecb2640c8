package st.libreho.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import st.libreho.directory.Actor;
import st.libreho.directory.Directory;
import st.libreho.directory.SignInClaims;

/**
 * Records the person behind every authenticated request (web session or bearer token) in the directory, so that a
 * person exists on the platform from their first sign-in or first API call, and gives them the roles their
 * delegations grant (delegate, member).
 * <p>
 * The identity provider's claims are written at most once per {@link #REFRESH} for a person whose claims did not
 * change: this runs on every request and must not turn reads into writes.
 */
@ApplicationScoped
public class PersonRecordingAugmentor implements SecurityIdentityAugmentor {

    static final Duration REFRESH = Duration.ofMinutes(10);

    private record Recorded(SignInClaims claims, Instant at) {
    }

    private final Directory directory;
    private final Map<String, Recorded> recent = new ConcurrentHashMap<>();

    public PersonRecordingAugmentor(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        SignInClaims claims = claimsOf(token);
        if (claims.subject() == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!alreadyRecorded(claims)) {
                directory.recordSignIn(claims);
                recent.put(claims.subject(), new Recorded(claims, Instant.now()));
            }
            return withPlatformRoles(identity, claims);
        });
    }

    /**
     * Adds what the directory knows: the person's claims as attributes (read back by {@link Actor#of}) and the roles
     * their delegations give. Roles are looked up on every request so that a change of delegation takes effect at
     * once.
     */
    private SecurityIdentity withPlatformRoles(SecurityIdentity identity, SignInClaims claims) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Actor.DISPLAY_NAME, claims.displayName())
                .addAttribute(Actor.EMAIL_VERIFIED, claims.emailVerified());
        if (claims.email() != null) {
            builder.addAttribute(Actor.EMAIL, claims.email());
        }
        SecurityIdentity enriched = builder.build();
        Set<String> roles = directory.rolesOf(Actor.of(enriched));
        return roles.isEmpty() ? enriched : QuarkusSecurityIdentity.builder(enriched).addRoles(roles).build();
    }

    private boolean alreadyRecorded(SignInClaims claims) {
        Recorded recorded = recent.get(claims.subject());
        return recorded != null && recorded.claims().equals(claims)
                && recorded.at().plus(REFRESH).isAfter(Instant.now());
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
                verified != null && Boolean.parseBoolean(Objects.toString(verified)),
                token.getClaim("locale"));
    }
}
