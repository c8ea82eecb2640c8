package st.libreho.registry.internal.publish;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.directory.Directory;
import st.libreho.platform.Actor;

/**
 * Who may share configurations for an organisation: a person in the delegation of that organisation while it is a
 * member of the network, and operators. Asked on the server before every write, whatever the page offered.
 */
@ApplicationScoped
public class Publishers {

    private final Directory directory;

    public Publishers(Directory directory) {
        this.directory = directory;
    }

    public boolean may(Actor actor, String organisation) {
        return actor != null && (actor.operator() || directory.organisationsOf(actor).stream()
                .anyMatch(membership -> membership.member() && membership.slug().equals(organisation)));
    }

    public void require(Actor actor, String organisation) {
        if (actor == null) {
            throw new UnauthorizedException("Sign in first.");
        }
        if (!may(actor, organisation)) {
            throw new ForbiddenException("Only a delegate of " + organisation + ", a member organisation, or an "
                    + "operator may share configurations for it.");
        }
    }

    static String nameOf(Actor actor) {
        return actor.name() == null || actor.name().isBlank() ? "?" : actor.name();
    }
}
