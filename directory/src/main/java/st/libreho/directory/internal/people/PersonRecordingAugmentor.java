package st.libreho.directory.internal.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import st.libreho.directory.Directory;
import st.libreho.platform.SignInClaims;
import st.libreho.platform.web.Identities;
import st.libreho.platform.web.cache.PublicContent;

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

    /** A person's platform roles, as their delegations gave them in one generation of the public content. */
    private record Roles(SignInClaims claims, long generation, Set<String> roles) {
    }

    private final Directory directory;
    private final PublicContent publicContent;
    private final Map<String, Recorded> recent = new ConcurrentHashMap<>();
    private final Map<String, Roles> roles = new ConcurrentHashMap<>();

    public PersonRecordingAugmentor(Directory directory, PublicContent publicContent) {
        this.directory = directory;
        this.publicContent = publicContent;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        SignInClaims claims = Identities.claimsOf(token);
        if (claims.subject() == null) {
            return Uni.createFrom().item(identity);
        }
        if (alreadyRecorded(claims)) {
            Roles known = roles.get(claims.subject());
            if (known != null && known.claims().equals(claims) && known.generation() == publicContent.generation()) {
                // nothing to write and nothing to read: no worker thread, no database
                return Uni.createFrom().item(withPlatformRoles(identity, claims, known.roles()));
            }
        }
        return context.runBlocking(() -> {
            if (!alreadyRecorded(claims)) {
                directory.recordSignIn(claims);
                recent.put(claims.subject(), new Recorded(claims, Instant.now()));
            }
            return withPlatformRoles(identity, claims, rolesOf(identity, claims));
        });
    }

    /**
     * The roles the person's delegations give, read from the directory once per generation of the public content:
     * every change of a delegation or of an organisation's status is recorded in the directory's history, which
     * moves the generation (on every instance), so that a change takes effect on the person's next request.
     */
    private Set<String> rolesOf(SecurityIdentity identity, SignInClaims claims) {
        long generation = publicContent.generation();
        Set<String> found = directory.rolesOf(Identities.actorOf(withPlatformRoles(identity, claims, Set.of())));
        roles.put(claims.subject(), new Roles(claims, generation, found));
        return found;
    }

    /**
     * Adds what the directory knows: the person's claims as attributes (read back by {@link Identities#actorOf}) and
     * the roles their delegations give.
     */
    private static SecurityIdentity withPlatformRoles(SecurityIdentity identity, SignInClaims claims,
            Set<String> roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Identities.DISPLAY_NAME, claims.displayName())
                .addAttribute(Identities.EMAIL_VERIFIED, claims.emailVerified()).addRoles(roles);
        if (claims.email() != null) {
            builder.addAttribute(Identities.EMAIL, claims.email());
        }
        return builder.build();
    }

    private boolean alreadyRecorded(SignInClaims claims) {
        Recorded recorded = recent.get(claims.subject());
        return recorded != null && recorded.claims().equals(claims)
                && recorded.at().plus(REFRESH).isAfter(Instant.now());
    }
}
