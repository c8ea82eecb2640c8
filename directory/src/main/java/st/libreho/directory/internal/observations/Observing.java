package st.libreho.directory.internal.observations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs checks and stores what they observed. No transaction is held while sites are visited, which may take many
 * seconds: plans are read in one, and each organisation's results are stored in their own.
 */
@ApplicationScoped
public class Observing {

    private static final Logger LOG = Logger.getLogger(Observing.class);
    /** Organisations checked together: enough to keep every connection busy, few enough to store results often. */
    static final int BATCH = 20;
    /**
     * How often a round tells the visitors' cache that observations changed. Each time, every public page is rendered
     * again on every instance, and a rendering begun before is not kept: told after each batch of fast-failing sites,
     * the cache would keep nothing while the round lasts, and large pages would be rendered for every visitor at once.
     */
    static final Duration ANNOUNCE_EVERY = Duration.ofSeconds(30);

    private volatile long lastAnnounced = System.nanoTime();

    private final EvidenceChecker checker;
    private final CheckPlans plans;
    private final Observations observations;

    public Observing(EvidenceChecker checker, CheckPlans plans, Observations observations) {
        this.checker = checker;
        this.plans = plans;
        this.observations = observations;
    }

    /** Checks every member and applicant; how many organisations were checked. */
    public int checkAll() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(plans::checkedOrganisations);
        LOG.infof("Observed evidence: a round begins for %d organisations", ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            store(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            if (System.nanoTime() - lastAnnounced >= ANNOUNCE_EVERY.toNanos()) {
                announce();
            }
        }
        announce();
        return ids.size();
    }

    /** Checks these organisations now, and shows what was observed on the public pages at once. */
    public void check(List<Long> organisationIds) {
        store(organisationIds);
        announce();
    }

    private void announce() {
        QuarkusTransaction.requiringNew().run(observations::announce);
        lastAnnounced = System.nanoTime();
    }

    /** Visits these organisations' sites and stores what was observed, without telling the visitors' cache. */
    private void store(List<Long> organisationIds) {
        Instant visited = Instant.now();
        List<CheckPlan> batch = QuarkusTransaction.requiringNew().call(() -> plans.of(organisationIds));
        List<CheckResult> results = checker.check(batch);
        if (Thread.currentThread().isInterrupted()) {
            // stopped midway (the instance shuts down): what was not visited must not replace what was observed
            return;
        }
        Map<Long, List<CheckResult>> byOrganisation = results.stream()
                .collect(Collectors.groupingBy(CheckResult::organisationId));
        for (CheckPlan plan : batch) {
            try {
                QuarkusTransaction.requiringNew().run(() -> observations.store(plan.organisationId(),
                        byOrganisation.getOrDefault(plan.organisationId(), List.of()), visited));
            } catch (RuntimeException e) {
                // e.g. the organisation was removed meanwhile; the others are still stored
                LOG.warnf("Could not store the observations of organisation %d: %s", plan.organisationId(), e);
            }
        }
    }
}
