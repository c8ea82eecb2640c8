package st.libreho.governance.internal.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import st.libreho.governance.NoticeTopic;

/**
 * The notices to send, as an outbox in governance.notice_sent.
 * <p>
 * A notice is recorded inside the transaction that makes the change it tells of, under a key naming what it tells and
 * to whom; a second recording of the same key inserts nothing. So a transaction that rolls back (the loser of two
 * concurrent closings) leaves nothing to send, and a change told twice (a retried job, a second instance) is sent
 * once. Once that transaction commits, this instance's sender thread sends what is due; every instance also looks
 * every {@link NoticeConfig#sendEvery()} for notices a failure or a stop left unsent. A notice is sent while its row
 * is locked ({@code for update skip locked}) and marked sent in the same transaction, so two senders never send the
 * same one. Only if the SMTP server took a message and the database then failed to record it would it go twice.
 * <p>
 * Logs name a notice by its key (topic, proposal or meeting, organisation), never its addresses or its text.
 */
@ApplicationScoped
public class NoticeOutbox {

    private static final Logger LOG = Logger.getLogger(NoticeOutbox.class);

    /** How many notices one pass sends at most; the next pass takes the rest. */
    private static final int BATCH = 200;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int MAX_ERROR = 500;

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Clock clock;
    private final NoticeConfig config;
    private final TransactionSynchronizationRegistry transactions;
    /** One thread per instance sends, after commits, so that the change's own request does not wait for SMTP. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "governance-notices");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    public NoticeOutbox(EntityManager entityManager, Mailer mailer, Clock clock, NoticeConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config;
        this.transactions = transactions;
    }

    /**
     * Records a notice in the current transaction, unless one with this key already is.
     *
     * @return whether it was recorded now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String key, NoticeTopic topic, String organisation, List<String> recipients,
            NoticeTexts.Text text) {
        if (recipients.isEmpty()) {
            return false;
        }
        int inserted = entityManager.createNativeQuery("""
                insert into governance.notice_sent (key, topic, organisation, recipients, subject, body, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (key) do nothing""")
                .setParameter(1, key).setParameter(2, topic.name()).setParameter(3, organisation)
                .setParameter(4, String.join(",", recipients)).setParameter(5, text.subject())
                .setParameter(6, text.body()).setParameter(7, clock.instant()).executeUpdate();
        if (inserted > 0) {
            sendAfterCommit();
        }
        return inserted > 0;
    }

    /**
     * Forgets the notices recorded in this transaction whose key starts with this prefix and that are not sent yet
     * (what a change turned out not to be worth telling).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String keyPrefix) {
        return entityManager.createNativeQuery("""
                delete from governance.notice_sent where key like ?1 escape '\\' and sent_at is null""")
                .setParameter(1, keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .executeUpdate();
    }

    /** Once per transaction: when it commits, the sender thread sends what is due. */
    private void sendAfterCommit() {
        if (transactions.getResource(NoticeOutbox.class) != null) {
            return;
        }
        transactions.putResource(NoticeOutbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the notices are written with the change
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    soon();
                }
            }
        });
    }

    /** Asks the sender thread for a pass; a pass already waiting to start will see these notices too. */
    void soon() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            sender.execute(() -> {
                queued.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    // the scheduled pass tries again
                    LOG.warnf("Sending notices failed: %s", e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    /** Every instance, now and then: what a failure or a stop left unsent. */
    @Scheduled(every = "{librehosters.governance.notices.send-every}", concurrentExecution = ConcurrentExecution.SKIP, identity = "governance-notices-send")
    void scheduledPass() {
        soon();
    }

    /**
     * Sends the notices that are due, each in a transaction of its own that locks its row; a notice another sender
     * holds is left to it.
     *
     * @return how many were sent
     */
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select key from governance.notice_sent
                where sent_at is null and (next_attempt_at is null or next_attempt_at <= ?1)
                order by recorded_at, key limit ?2""")
                .setParameter(1, clock.instant()).setParameter(2, BATCH).getResultList());
        int sent = 0;
        for (String key : keys) {
            if (QuarkusTransaction.requiringNew().call(() -> sendOne(key))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select recipients, subject, body, attempts from governance.notice_sent
                where key = ?1 and sent_at is null for update skip locked""")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            // sent meanwhile, or another sender holds it
            return false;
        }
        Object[] row = rows.get(0);
        int attempts = ((Number) row[3]).intValue() + 1;
        try {
            mailer.send(new Mail().setTo(List.of(((String) row[0]).split(","))).setSubject((String) row[1])
                    .setText((String) row[2]));
        } catch (RuntimeException e) {
            Duration wait = config.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
            Instant next = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            String error = e.getClass().getName() + ": " + e.getMessage();
            entityManager.createNativeQuery("""
                    update governance.notice_sent set attempts = ?2, next_attempt_at = ?3, last_error = ?4
                    where key = ?1""")
                    .setParameter(1, key).setParameter(2, attempts).setParameter(3, next)
                    .setParameter(4, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                    .executeUpdate();
            // the error's message may quote an address: the row keeps it, the log does not
            LOG.warnf("Notice %s could not be sent (attempt %d, next at %s): %s", key, attempts, next,
                    e.getClass().getName());
            return false;
        }
        entityManager.createNativeQuery("""
                update governance.notice_sent set sent_at = ?2, attempts = ?3, next_attempt_at = null,
                last_error = null where key = ?1""")
                .setParameter(1, key).setParameter(2, clock.instant()).setParameter(3, attempts).executeUpdate();
        LOG.debugf("Notice %s sent", key);
        return true;
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
