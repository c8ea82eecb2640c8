package st.libreho.directory.internal.observations;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import st.libreho.directory.internal.DirectoryConfig;

/**
 * The scheduled check of every member and applicant, once per period ({@code librehosters.directory.observations.every},
 * a day by default) however many instances run: each instance looks every {@code tick} whether a round is due, and a
 * conditional update lets exactly one of them claim it.
 */
@ApplicationScoped
public class ObservationRound {

    private static final Logger LOG = Logger.getLogger(ObservationRound.class);

    private final Observing observing;
    private final Observations observations;
    private final DirectoryConfig config;

    public ObservationRound(Observing observing, Observations observations, DirectoryConfig config) {
        this.observing = observing;
        this.observations = observations;
        this.config = config;
    }

    @Scheduled(identity = "directory-observations", every = "${librehosters.directory.observations.tick}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.observations().enabled()) {
            runIfDue();
        }
    }

    /** Runs the round if this period's has not been claimed yet; whether this call ran it. */
    public boolean runIfDue() {
        boolean claimed = QuarkusTransaction.requiringNew()
                .call(() -> observations.claimRound(Instant.now(), config.observations().every()));
        if (!claimed) {
            return false;
        }
        long started = System.nanoTime();
        int checked = observing.checkAll();
        QuarkusTransaction.requiringNew().run(() -> observations.finishRound(Instant.now()));
        LOG.infof("Observed evidence: checked %d organisations in %d s", checked,
                (System.nanoTime() - started) / 1_000_000_000L);
        return true;
    }
}
