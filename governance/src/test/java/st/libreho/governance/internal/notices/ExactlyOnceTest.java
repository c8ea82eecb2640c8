package st.libreho.governance.internal.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitMails;
import static st.libreho.governance.internal.notices.NoticeFixtures.awaitSent;
import static st.libreho.governance.internal.notices.NoticeFixtures.keys;
import static st.libreho.governance.internal.notices.NoticeFixtures.mails;
import static st.libreho.governance.internal.notices.NoticeFixtures.memberOrganisation;
import static st.libreho.governance.internal.notices.NoticeFixtures.uniqueId;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.governance.DecisionTaken;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalOpened;
import st.libreho.governance.internal.notices.NoticeFixtures.Org;

/**
 * A notice goes with the change it tells of: none when that change rolls back, one when it is told twice, one when
 * two closings of the same proposal race.
 */
@QuarkusTest
class ExactlyOnceTest {

    @Inject
    Directory directory;

    @Inject
    NoticeOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    @Inject
    Event<ProposalOpened> proposalOpened;

    @Inject
    Event<DecisionTaken> decisionTaken;

    private Org one;
    private Org two;

    @BeforeEach
    void organisations() {
        one = memberOrganisation(directory, "once");
        two = memberOrganisation(directory, "twice");
    }

    @Test
    void aTransactionThatRollsBackSendsNothing() throws Exception {
        long proposal = uniqueId();
        String title = "Rolled back " + proposal;

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            decisionTaken.fire(new DecisionTaken(proposal, ProposalKind.GENERAL, title, Outcome.CONSENSUS,
                    Instant.now(), null));
            throw new IllegalStateException("the closing failed after its outcome was told");
        }));

        assertEquals(List.of(), keys(entityManager, "outcome:" + proposal + ":"), "nothing recorded");
        outbox.sendDue();
        assertEquals(List.of(), mails(mailbox, one.address(), title));
        assertEquals(List.of(), mails(mailbox, two.address(), title));
    }

    @Test
    void anEventFiredTwiceInTwoTransactionsIsSentOnce() throws Exception {
        long proposal = uniqueId();
        String title = "Twice " + proposal;
        ProposalOpened opened = new ProposalOpened(proposal, ProposalKind.GENERAL, title,
                Instant.parse("2027-02-01T09:00:00Z"), null);

        QuarkusTransaction.requiringNew().run(() -> proposalOpened.fire(opened));
        QuarkusTransaction.requiringNew().run(() -> proposalOpened.fire(opened));

        assertEquals(1, awaitMails(mailbox, one.address(), title, 1).size());
        awaitSent(entityManager, outbox, "opened:" + proposal + ":");
        assertEquals(1, mails(mailbox, one.address(), title).size());
        assertEquals(1, mails(mailbox, two.address(), title).size());
        assertEquals(List.of("opened:" + proposal + ":" + one.slug()),
                keys(entityManager, "opened:" + proposal + ":" + one.slug()));
    }

    @Test
    void twoConcurrentClosingsRecordOneOutcomeAndSendOneSetOfMails() throws Exception {
        long proposal = uniqueId();
        String title = "Raced " + proposal;
        DecisionTaken decided = new DecisionTaken(proposal, ProposalKind.GENERAL, title, Outcome.CONSENSUS,
                Instant.now(), null);
        CountDownLatch firstRecorded = new CountDownLatch(1);

        // the first closing records its outcome's notices and keeps its transaction open a while; the second records
        // the same notices meanwhile, so it waits on their keys until the first commits, and then inserts nothing
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            decisionTaken.fire(decided);
            firstRecorded.countDown();
            sleep(700);
        }));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            await(firstRecorded);
            QuarkusTransaction.requiringNew().run(() -> decisionTaken.fire(decided));
        });
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertEquals(1, awaitMails(mailbox, one.address(), title, 1).size());
        awaitSent(entityManager, outbox, "outcome:" + proposal + ":");
        assertEquals(1, mails(mailbox, one.address(), title).size(), "one set of mails");
        assertEquals(1, mails(mailbox, two.address(), title).size(), "one set of mails");
        assertEquals(List.of("outcome:" + proposal + ":" + one.slug()),
                keys(entityManager, "outcome:" + proposal + ":" + one.slug()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first closing never recorded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
