package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The scheduled round runs once per period however many instances ask at the same moment. */
@QuarkusTest
class ObservationRoundTest {

    @Inject
    Observations observations;

    @Inject
    ObservationRound round;

    @Inject
    EntityManager entityManager;

    @Test
    void twoInstancesAskingAtOnceGetOneRound() throws Exception {
        // a period far in the past, so that the race is for a round that is due
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE directory.observation_round SET started_at = NULL WHERE id = 1")
                .executeUpdate());
        Instant now = Instant.now();
        Duration period = Duration.ofDays(1);
        int instances = 4;
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                // each claim in its own transaction on its own connection, as on separate instances
                Callable<Boolean> claim = () -> {
                    together.await();
                    return QuarkusTransaction.requiringNew().call(() -> observations.claimRound(now, period));
                };
                claims.add(threads.submit(claim));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won, "exactly one instance runs the period's round");
        } finally {
            threads.shutdownNow();
        }
        assertFalse(round.runIfDue(), "the same period is not run again");
        assertFalse(QuarkusTransaction.requiringNew()
                .call(() -> observations.claimRound(now.plus(period).minusSeconds(60), period)),
                "not before the period has passed");
        assertEquals(true, QuarkusTransaction.requiringNew()
                .call(() -> observations.claimRound(now.plus(period), period)), "the next period is claimed");
    }
}
