package st.libreho.directory.internal.organisations;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.directory.OrganisationMembership;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.internal.DirectoryConfig;
import st.libreho.platform.Actor;

/**
 * Who may change what: an operator anything, a delegate their own organisation. A person is a delegate when the
 * e-mail address their identity provider verified is in the organisation's delegation.
 */
@ApplicationScoped
public class Access {

    private final boolean trustUnverifiedEmail;

    @Inject
    public Access(DirectoryConfig config) {
        this(config.trustUnverifiedEmail());
    }

    /** With the rule given directly, for tests of production's rule under a test profile that trusts addresses. */
    public Access(boolean trustUnverifiedEmail) {
        this.trustUnverifiedEmail = trustUnverifiedEmail;
    }

    /** The address that may match a delegation, or null when the provider did not verify it. */
    public String matchingEmail(Actor actor) {
        if (actor == null || actor.email() == null || !(actor.emailVerified() || trustUnverifiedEmail)) {
            return null;
        }
        return actor.email().strip().toLowerCase(Locale.ROOT);
    }

    public boolean isDelegate(Actor actor, long organisationId) {
        String email = matchingEmail(actor);
        return email != null && DelegateEntity.count("organisationId = ?1 and email = ?2", organisationId, email) > 0;
    }

    /** The organisations whose delegation holds this person's verified address, in one statement. */
    public List<OrganisationMembership> membershipsOf(Actor actor) {
        String email = matchingEmail(actor);
        if (email == null) {
            return List.of();
        }
        return OrganisationEntity.getEntityManager().createQuery("select o from OrganisationEntity o"
                + " where o.id in (select d.organisationId from DelegateEntity d where d.email = :email)"
                + " order by lower(o.name)", OrganisationEntity.class)
                .setParameter("email", email).getResultList().stream()
                .map(o -> new OrganisationMembership(o.id, o.slug, o.name, o.status == OrganisationStatus.MEMBER))
                .toList();
    }

    public boolean canManage(Actor actor, String slug) {
        return canManage(actor, OrganisationEntity.bySlug(slug));
    }

    public boolean canManage(Actor actor, OrganisationEntity organisation) {
        return organisation != null && actor != null && (actor.operator() || isDelegate(actor, organisation.id));
    }

    public void requireManager(Actor actor, OrganisationEntity organisation) {
        requireSignedIn(actor);
        if (!actor.operator() && !isDelegate(actor, organisation.id)) {
            throw new ForbiddenException("Only a delegate of " + organisation.name + " or an operator may do this.");
        }
    }

    public void requireOperator(Actor actor) {
        requireSignedIn(actor);
        if (!actor.operator()) {
            throw new ForbiddenException("Only an operator may do this.");
        }
    }

    private static void requireSignedIn(Actor actor) {
        if (actor == null) {
            throw new UnauthorizedException("Sign in first.");
        }
    }
}
