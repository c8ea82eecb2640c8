package st.libreho.platform.web.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What the public sees, as one counter shared by every instance of the platform (ADR 0009). A module calls
 * {@link #changed()} in each transaction that changes something a visitor may read; the kept renderings of public
 * pages, here and on every other instance, are then forgotten once the transaction commits.
 * <p>
 * Here, at once: the commit moves this instance's {@link #generation()}. Elsewhere, within the poll interval: each
 * instance reads the counter a few times a second ({@link PublicContentWatch}) and moves its generation when the
 * counter moved. A rendering is kept with the generation it started in and is served only while that generation is
 * current, so that a page read from the database before a change can never outlive it.
 */
@ApplicationScoped
public class PublicContent {

    static final String BUMP = "UPDATE platform.public_content SET version = version + 1 WHERE id = 1 RETURNING version";
    static final String READ = "SELECT version FROM platform.public_content WHERE id = 1";

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final AtomicLong generation = new AtomicLong();
    private long lastSeenVersion = Long.MIN_VALUE;

    public PublicContent(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /**
     * Records, in the current transaction, that it changes what the public sees. Once per transaction is enough;
     * calling it again is free.
     * <p>
     * The counter is moved at the end of the transaction, just before it commits: the row lock it takes is then held
     * only for the commit, so that two transactions changing different organisations never wait on each other in
     * the middle of their work (nor deadlock on the counter and an organisation row).
     *
     * @throws IllegalStateException outside a transaction: the change and the counter must commit together
     */
    public void changed() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("PublicContent.changed() belongs in the transaction that makes the change");
        }
        if (transactions.getResource(PublicContent.class) != null) {
            return;
        }
        transactions.putResource(PublicContent.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new CounterMove());
    }

    /**
     * The local generation of the public content: it moves each time this instance learns of a change, its own or
     * another instance's. Something computed from public content is good while the generation has not moved.
     */
    public long generation() {
        return generation.get();
    }

    /** The counter as the database holds it now, read by the watch. */
    long readVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(READ);
                ResultSet result = read.executeQuery()) {
            if (!result.next()) {
                throw new SQLException("platform.public_content has no row: is db/migration/platform migrated?");
            }
            return result.getLong(1);
        }
    }

    /**
     * The counter was read, here or by the watch: any other value than the last one seen means a change (a restored
     * database may even move it back), so the generation moves.
     */
    synchronized void seen(long version) {
        if (version != lastSeenVersion) {
            lastSeenVersion = version;
            generation.incrementAndGet();
        }
    }

    /** The counter cannot be read: what was kept may be out of date, and stays unused until it can be read again. */
    synchronized void unknown() {
        lastSeenVersion = Long.MIN_VALUE;
        generation.incrementAndGet();
    }

    /** Moves the counter just before the commit, and this instance's generation just after it. */
    private final class CounterMove implements Synchronization {

        private long version;

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return;
            }
            // within the transaction: the pool hands back the connection enlisted in it
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement bump = connection.prepareStatement(BUMP);
                    ResultSet result = bump.executeQuery()) {
                result.next();
                version = result.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record a change of public content", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                seen(version);
            }
        }
    }
}
