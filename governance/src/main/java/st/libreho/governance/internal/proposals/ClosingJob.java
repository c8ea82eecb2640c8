package st.libreho.governance.internal.proposals;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import st.libreho.governance.internal.departures.Departures;

/**
 * Closes proposals on their date without anyone acting, applies rough consensus once its appeal window ends, and
 * completes departures whose date has come. Every
 * instance runs it; a PostgreSQL advisory lock lets one at a time scan, and each proposal is closed under its own row
 * lock, so an outcome is recorded once even if two scans overlap (ADR 0017).
 */
@ApplicationScoped
public class ClosingJob {

    private static final Logger LOG = Logger.getLogger(ClosingJob.class);
    /** The advisory lock's key: any number of the application's own, the same on every instance. */
    static final long LOCK_KEY = 0x676f7665726e31L;
    static final int BATCH = 100;

    private final Closing closing;
    private final EntityManager entityManager;
    private final Departures departures;

    public ClosingJob(Closing closing, EntityManager entityManager, Departures departures) {
        this.departures = departures;
        this.closing = closing;
        this.entityManager = entityManager;
    }

    @Scheduled(identity = "governance-closing", every = "${librehosters.governance.closing-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass: how many outcomes it recorded. Returns 0 at once when another instance holds the lock. */
    @Transactional
    public int run() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int closed = 0;
        List<Long> due = closing.due(BATCH);
        for (long id : due) {
            try {
                if (closing.closeIfDue(id)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                // one proposal failing must not keep the others open; it is tried again on the next pass
                LOG.errorf(e, "Could not close proposal %d", id);
            }
        }
        for (long id : closing.effectsDue(BATCH)) {
            try {
                closing.applyEffectsIfDue(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not apply the effects of decision %d", id);
            }
        }
        for (long id : departures.due(BATCH)) {
            try {
                departures.completeIfDue(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not complete departure %d", id);
            }
        }
        return closed;
    }
}
