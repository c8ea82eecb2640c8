package st.libreho.directory.internal.organisations;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationMembership;
import st.libreho.platform.Actor;
import st.libreho.platform.web.cache.PublicContent;

/**
 * The platform roles a person's delegations give (delegate, member), read once per generation of the public content
 * for each verified address. Every request of a signed-in person asks for them (the sign-in augmentor, and each
 * module deciding who may read or write), so that a warm request reads none.
 * <p>
 * Why the generation is enough: every change of a delegation or of an organisation's status is recorded in the
 * directory's history, which moves the generation on every instance (ADR 0009); a change takes effect on the
 * person's next request, or within the generation's polling interval on another instance.
 */
@ApplicationScoped
public class DelegationRoles {

    /** The roles found for an address in one generation. */
    private record Known(long generation, Set<String> roles) {
    }

    private final Access access;
    private final PublicContent publicContent;
    /** By matching address; bounded, since every person who signs in adds one. */
    private final Cache<String, Known> known = Caffeine.newBuilder().maximumSize(10_000).build();

    public DelegationRoles(Access access, PublicContent publicContent) {
        this.access = access;
        this.publicContent = publicContent;
    }

    /** The roles, when they were read in the current generation: what a caller on the event loop may use. */
    public Optional<Set<String>> known(Actor actor) {
        String email = access.matchingEmail(actor);
        if (email == null) {
            return Optional.of(Set.of());
        }
        Known found = known.getIfPresent(email);
        return found != null && found.generation() == publicContent.generation() ? Optional.of(found.roles())
                : Optional.empty();
    }

    /** The roles, read from the delegations when this generation has not read them yet. Inside a transaction. */
    public Set<String> rolesOf(Actor actor) {
        Optional<Set<String>> current = known(actor);
        if (current.isPresent()) {
            return current.get();
        }
        // the generation before the read: a change committed meanwhile moves it, and the next call reads again
        long generation = publicContent.generation();
        Set<String> roles = new TreeSet<>();
        for (OrganisationMembership membership : access.membershipsOf(actor)) {
            roles.add(Directory.DELEGATE_ROLE);
            if (membership.member()) {
                roles.add(Directory.MEMBER_ROLE);
            }
        }
        Set<String> found = Set.copyOf(roles);
        known.put(access.matchingEmail(actor), new Known(generation, found));
        return found;
    }
}
