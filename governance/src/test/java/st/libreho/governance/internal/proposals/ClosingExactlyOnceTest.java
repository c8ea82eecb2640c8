package st.libreho.governance.internal.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static st.libreho.governance.GovernanceFixtures.open;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.governance.DecisionsObserved;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;
import st.libreho.governance.MovableClock;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalState;

/**
 * Two instances of the platform share one database: both closing jobs, or a job and a reader, reach a proposal past
 * its date at the same moment. Each works in its own transaction on its own connection, as two instances would; the
 * outcome is recorded once, the decision announced once and its e-mails recorded once for each organisation.
 */
@QuarkusTest
class ClosingExactlyOnceTest {

    @Inject
    Directory directory;

    @Inject
    Closing closing;

    @Inject
    ClosingJob job;

    @Inject
    DecisionsObserved decisions;

    @AfterEach
    void timeBack() {
        MovableClock.reset();
    }

    @Test
    void twoConcurrentClosingsOfTheSameProposalRecordOneOutcome() throws Exception {
        Network network = GovernanceFixtures.network(directory);
        long id = open("GENERAL", "Closed once", network.first());
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);
        MovableClock.advance(Duration.ofDays(8));

        List<Boolean> recorded = race(() -> closing.closeIfDue(id), () -> closing.closeIfDue(id));

        assertEquals(1, recorded.stream().filter(Boolean::booleanValue).count(), "one of the two recorded it");
        assertEquals(1, decisions.times(id), "the decision was announced once");
        assertEquals(1L, outcomeNotices(id, network.first()), "one outcome e-mail for an organisation");
        assertEquals(1L, outcomeNotices(id, network.second()), "one outcome e-mail for another");
        ProposalEntity closed = QuarkusTransaction.requiringNew().call(() -> ProposalEntity.findById(id));
        assertEquals(ProposalState.CLOSED, closed.state);
        assertEquals(Outcome.CONSENSUS, closed.outcome);
    }

    @Test
    void twoClosingJobsRunningAtOnceCloseEachDueProposalOnce() throws Exception {
        Network network = GovernanceFixtures.network(directory);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = open("GENERAL", "Due " + i, network.first());
            stance("member", id, network.first(), "AGREE", null);
            ids.add(id);
        }
        MovableClock.advance(Duration.ofDays(8));

        List<Integer> closedByEach = race(job::run, job::run);

        // whatever else of other tests was due, each of these closed once, whichever job did it
        for (long id : ids) {
            assertEquals(1, decisions.times(id), "proposal " + id + " announced once");
            ProposalEntity closed = QuarkusTransaction.requiringNew().call(() -> ProposalEntity.findById(id));
            assertEquals(Outcome.NOT_ADOPTED, closed.outcome, "one agreement is not the minimum support of two");
        }
        assertEquals(2, closedByEach.size());
    }

    /** The outcome notices recorded for an organisation, each sent once from the outbox. */
    private static long outcomeNotices(long proposal, String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ProposalEntity.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM governance.notice_sent WHERE topic = 'OUTCOME'"
                        + " AND organisation = :organisation AND key LIKE :key")
                .setParameter("organisation", organisation).setParameter("key", "outcome:" + proposal + ":%")
                .getSingleResult()).longValue());
    }

    /** Runs both at the same moment on two threads, as two instances would, and returns what each returned. */
    @SafeVarargs
    private static <T> List<T> race(Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CyclicBarrier start = new CyclicBarrier(tasks.length);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
