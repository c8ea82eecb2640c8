package st.libreho.directory.internal.observations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import st.libreho.directory.CheckClass;
import st.libreho.directory.FailingObservation;
import st.libreho.directory.OrganisationObservations;
import st.libreho.directory.internal.DirectoryConfig;
import st.libreho.directory.internal.organisations.Access;
import st.libreho.directory.internal.organisations.OrganisationEntity;
import st.libreho.platform.Actor;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.TooSoonException;

/** What the directory's facade offers of observed evidence: reading it, asking for a check, opting out. */
@ApplicationScoped
public class Evidence {

    /** How many checks on request may run at once on one instance. */
    static final int MAX_RUNNING_RECHECKS = 2;

    private final Observations observations;
    private final Observing observing;
    private final Access access;
    private final DirectoryConfig config;
    /** The checks on request running on this instance. */
    private final Semaphore running = new Semaphore(MAX_RUNNING_RECHECKS);

    public Evidence(Observations observations, Observing observing, Access access, DirectoryConfig config) {
        this.observations = observations;
        this.observing = observing;
        this.access = access;
        this.config = config;
    }

    /** In the caller's transaction. */
    public Optional<OrganisationObservations> of(String slug) {
        OrganisationEntity organisation = OrganisationEntity.bySlug(slug);
        return organisation == null ? Optional.empty() : Optional.of(of(organisation));
    }

    /** In the caller's transaction, for an organisation already read: two statements. */
    public OrganisationObservations of(long organisationId, String slug) {
        Observations.State state = observations.state(organisationId);
        return new OrganisationObservations(slug, observations.of(organisationId), state.optOuts(),
                state.checkedAt(), state.recheckFrom(config.observations().recheckEvery()));
    }

    /** In the caller's transaction. */
    public Optional<Instant> lastRound() {
        return Optional.ofNullable(observations.lastRound());
    }

    /** In the caller's transaction. */
    public Page<FailingObservation> failing(int page, int size) {
        return observations.failing(page, size);
    }

    /**
     * Checks the organisation now, for its delegation or an operator, at most once per
     * {@code librehosters.directory.observations.recheck-every}; must be called outside a transaction, since the
     * visits take seconds.
     *
     * @throws TooSoonException when the last check asked for is too recent
     */
    public OrganisationObservations recheck(String slug, Actor actor) {
        // a check holds a request's worker while it visits: a few at once per instance, whoever asks
        if (!running.tryAcquire()) {
            throw new TooSoonException("Other checks are running on the platform; ask again in a minute.",
                    Instant.now().plusSeconds(60));
        }
        try {
            return recheckNow(slug, actor);
        } finally {
            running.release();
        }
    }

    private OrganisationObservations recheckNow(String slug, Actor actor) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            OrganisationEntity organisation = require(slug);
            access.requireManager(actor, organisation);
            Instant now = Instant.now();
            if (!observations.claimRecheck(organisation.id, now, config.observations().recheckEvery())) {
                Instant from = observations.state(organisation.id).recheckFrom(config.observations().recheckEvery());
                throw new TooSoonException(organisation.name + " was checked at its delegation's request less than "
                        + config.observations().recheckEvery().toMinutes() + " minutes ago; ask again after "
                        + from + ".", from);
            }
            return organisation.id;
        });
        observing.check(List.of(id));
        return QuarkusTransaction.requiringNew().call(() -> of(require(slug)));
    }

    /** In the caller's transaction: sets the classes of checks the organisation opts out of. */
    public OrganisationObservations optOut(String slug, Set<CheckClass> classes, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        observations.setOptOuts(organisation.id, classes, Instant.now());
        return of(organisation);
    }

    private OrganisationObservations of(OrganisationEntity organisation) {
        return of(organisation.id, organisation.slug);
    }

    private static OrganisationEntity require(String slug) {
        OrganisationEntity organisation = OrganisationEntity.bySlug(slug);
        if (organisation == null) {
            throw new NotFoundException("No organisation " + slug);
        }
        return organisation;
    }
}
