package st.libreho.governance.internal.proposals;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationMembership;
import st.libreho.platform.Actor;

/**
 * Who speaks for which organisation: a person speaks for the organisations whose delegation holds their verified
 * address (the directory decides), one voice per organisation.
 */
@ApplicationScoped
public class Speakers {

    private final Directory directory;

    public Speakers(Directory directory) {
        this.directory = directory;
    }

    public List<OrganisationMembership> of(Actor actor) {
        if (actor == null || actor.subject() == null && actor.email() == null) {
            return List.of();
        }
        return directory.organisationsOf(actor);
    }

    public void requireSignedIn(Actor actor) {
        if (actor == null || actor.subject() == null) {
            throw new UnauthorizedException();
        }
    }

    /** The person may speak for this organisation: it is in their delegations. */
    public OrganisationMembership requireSpeaker(Actor actor, String slug) {
        requireSignedIn(actor);
        return of(actor).stream().filter(membership -> membership.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ForbiddenException(
                        "You are not in the delegation of '" + slug + "', so you cannot speak for it."));
    }

    /** The member organisation the person speaks for: the one named, or their only one. */
    public OrganisationMembership requireMember(Actor actor, String speakingFor) {
        requireSignedIn(actor);
        List<OrganisationMembership> members = of(actor).stream().filter(OrganisationMembership::member).toList();
        if (speakingFor != null && !speakingFor.isBlank()) {
            return members.stream().filter(membership -> membership.slug().equals(speakingFor)).findFirst()
                    .orElseThrow(() -> new ForbiddenException(
                            "You do not speak for a member organisation '" + speakingFor + "'."));
        }
        if (members.isEmpty()) {
            throw new ForbiddenException("Only people in a member organisation's delegation may do this.");
        }
        return members.get(0);
    }

    public boolean isMember(Actor actor) {
        return of(actor).stream().anyMatch(OrganisationMembership::member);
    }

    /** Whether an address belongs to the delegation of a member organisation (a facilitator must). */
    public boolean isMemberAddress(String email) {
        Actor holder = new Actor(null, email, email, true, false);
        return directory.organisationsOf(holder).stream().anyMatch(OrganisationMembership::member);
    }

    public static boolean sameAddress(String a, String b) {
        return a != null && b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
