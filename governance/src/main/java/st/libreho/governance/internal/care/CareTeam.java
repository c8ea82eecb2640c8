package st.libreho.governance.internal.care;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.governance.CareTeamMemberView;
import st.libreho.governance.CareTeamNamedException;
import st.libreho.platform.Actor;
import st.libreho.platform.EmailAddress;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/**
 * The care team: who it is, and who belongs to it. An adopted care-team proposal names it
 * ({@code internal.proposals.Effects}); before the first one, an operator may name the first team, once.
 * <p>
 * A person belongs to it when their e-mail address is a care-team member's, under the directory's rule for addresses:
 * only one the identity provider verified, unless {@code librehosters.directory.trust-unverified-email} trusts them
 * all (dev and test, whose sign-in cannot verify addresses).
 */
@ApplicationScoped
public class CareTeam {

    /** More than a network's care team will ever hold; a bound on what one form may insert. */
    public static final int MAX_MEMBERS = 20;

    private final EntityManager entityManager;
    private final Clock clock;
    private final boolean trustUnverifiedEmail;

    public CareTeam(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "librehosters.directory.trust-unverified-email", defaultValue = "false") boolean trustUnverifiedEmail) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.trustUnverifiedEmail = trustUnverifiedEmail;
    }

    /** The care team, by address; for signed-in people only, so that a reporter knows who will read them. */
    public List<CareTeamMemberView> members(Actor actor) {
        if (actor == null || actor.subject() == null) {
            throw new UnauthorizedException("Sign in to see who is in the care team.");
        }
        return CareTeamMemberEntity.<CareTeamMemberEntity> listAll(Sort.by("email")).stream()
                .map(m -> new CareTeamMemberView(m.email, m.name, m.namedBy, m.namedAt)).toList();
    }

    public long size() {
        return CareTeamMemberEntity.count();
    }

    /**
     * An operator names the first care team. Once one is named, only an adopted care-team proposal changes it.
     *
     * @throws ForbiddenException for anyone but an operator
     * @throws CareTeamNamedException when a care team is named already
     * @throws InvalidInputException on field {@code emails}: none, too many, or one that is not an address
     */
    public List<CareTeamMemberView> bootstrap(List<String> emails, Actor operator) {
        if (operator == null || operator.subject() == null || !operator.operator()) {
            throw new ForbiddenException("Only an operator names the first care team.");
        }
        Set<String> addresses = addresses("emails", emails, MAX_MEMBERS);
        if (addresses.isEmpty()) {
            throw InvalidInputException.of("emails", "required", "Name at least one person of the care team");
        }
        // two operators at once: the second waits, then finds the team named
        entityManager.createNativeQuery("lock table governance.care_team_member in share row exclusive mode")
                .executeUpdate();
        if (size() > 0) {
            throw new CareTeamNamedException();
        }
        name(addresses, null);
        return members(operator);
    }

    /** The care team is these people from now on, named by this decision (null: at bootstrap). */
    public void name(Collection<String> addresses, Long decision) {
        CareTeamMemberEntity.deleteAll();
        for (String address : addresses) {
            CareTeamMemberEntity member = new CareTeamMemberEntity();
            member.email = address.strip().toLowerCase(Locale.ROOT);
            member.namedBy = decision;
            member.namedAt = clock.instant();
            member.persist();
        }
    }

    /** The address that may match the care team, or null when it may not (not verified, or none). */
    public String matchingEmail(Actor actor) {
        if (actor == null || actor.email() == null || !(actor.emailVerified() || trustUnverifiedEmail)) {
            return null;
        }
        return actor.email().strip().toLowerCase(Locale.ROOT);
    }

    public boolean isMember(Actor actor) {
        String email = matchingEmail(actor);
        return email != null && CareTeamMemberEntity.count("lower(email) = ?1", email) > 0;
    }

    /**
     * Addresses typed one per entry: stripped, lower case, each once, blanks skipped.
     *
     * @throws InvalidInputException on {@code field} for one that is not an address (named by its line, not quoted, so
     *         that no address ends up in a message), or for more than {@code max}
     */
    static Set<String> addresses(String field, List<String> typed, int max) {
        Set<String> addresses = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        int line = 0;
        for (String entry : typed == null ? List.<String> of() : typed) {
            line++;
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String address = entry.strip().toLowerCase(Locale.ROOT);
            if (!EmailAddress.isValid(address)) {
                problems.add(FieldProblem.of(field, "invalid_email", "Line " + line + " is not an e-mail address",
                        line));
            } else {
                addresses.add(address);
            }
        }
        if (addresses.size() > max) {
            problems.add(FieldProblem.of(field, "too_many", "Name at most " + max + " addresses", max));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return addresses;
    }
}
