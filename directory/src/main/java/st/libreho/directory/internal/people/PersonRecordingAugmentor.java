package st.libreho.directory.internal.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
import st.libreho.directory.internal.organisations.DelegationRoles;
import st.libreho.platform.Actor;
import st.libreho.platform.SignInClaims;
import st.libreho.platform.web.Identities;

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
    private final DelegationRoles roles;
    private final Map<String, Recorded> recent = new ConcurrentHashMap<>();

    public PersonRecordingAugmentor(Directory directory, DelegationRoles roles) {
        this.directory = directory;
        this.roles = roles;
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
            Optional<Set<String>> known = roles.known(actorOf(identity, claims));
            if (known.isPresent()) {
                // nothing to write and nothing to read: no worker thread, no database
                return Uni.createFrom().item(withPlatformRoles(identity, claims, known.get()));
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

    /** The roles the person's delegations give, read at most once per generation of the public content. */
    private Set<String> rolesOf(SecurityIdentity identity, SignInClaims claims) {
        return directory.rolesOf(actorOf(identity, claims));
    }

    private static Actor actorOf(SecurityIdentity identity, SignInClaims claims) {
        return Identities.actorOf(withPlatformRoles(identity, claims, Set.of()));
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
