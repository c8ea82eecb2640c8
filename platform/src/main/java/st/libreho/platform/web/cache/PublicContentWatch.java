package st.libreho.platform.web.cache;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import st.libreho.platform.web.PlatformConfig;

/**
 * Reads the shared public-content counter every poll interval (250 ms by default), on a thread of its own, so that
 * a change committed by another instance is served here within that interval (ADR 0009). One indexed one-row read a
 * few times a second costs the database nothing worth counting, and works where LISTEN/NOTIFY does not (behind a
 * transaction-pooling proxy, across a lost connection). While the counter cannot be read, nothing kept is served.
 */
@ApplicationScoped
public class PublicContentWatch {

    private static final Logger LOG = Logger.getLogger(PublicContentWatch.class);

    private final PublicContent content;
    private final PlatformConfig config;
    private ScheduledExecutorService timer;
    private boolean failing;

    public PublicContentWatch(PublicContent content, PlatformConfig config) {
        this.content = content;
        this.config = config;
    }

    void start(@Observes StartupEvent start) {
        if (!config.cache().enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "public-content-watch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, config.cache().pollInterval().toMillis());
        timer.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void poll() {
        try {
            content.seen(content.readVersion());
            if (failing) {
                LOG.info("The public-content counter can be read again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            // another instance may be changing things that this one cannot hear of: stop serving kept pages
            content.unknown();
            if (!failing) {
                LOG.warnf(
                        "Cannot read the public-content counter (%s); public pages are rendered afresh until it can be"
                                + " read again", e.getMessage());
                failing = true;
            }
        }
    }
}
