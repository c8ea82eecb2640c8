package st.libreho.kb.internal.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import st.libreho.kb.internal.KbConfig;
import st.libreho.platform.web.errors.Problem;

/**
 * One export built at a time on this instance. An export holds every page's text (and the zip every file) in memory
 * while it is built; the visitor cache builds one per address, and a query string makes another address, so without
 * this, a handful of requests for {@code ?1}, {@code ?2}... built that many exports at once. The others wait their
 * turn (fairly, in order) for {@code librehosters.kb.export-wait}, then are told to come back.
 */
@ApplicationScoped
public class ExportBuilds {

    /** What a client is told to wait before asking again, in seconds: an export takes about a second to build. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore one = new Semaphore(1, true);
    private final KbConfig config;

    public ExportBuilds(KbConfig config) {
        this.config = config;
    }

    /** What {@code build} made, once no other export is being built; empty when the wait ran out. */
    public <T> Optional<T> one(Supplier<T> build) {
        try {
            if (!one.tryAcquire(config.exportWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(build.get());
        } finally {
            one.release();
        }
    }

    /** The answer when the wait ran out: 503, with when to ask again. */
    static Response busy(String instance) {
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .entity(new Problem("about:blank", "Service Unavailable", 503, "Another export is being built. Ask "
                        + "again in " + RETRY_AFTER_SECONDS + " seconds.", instance, List.of()))
                .build();
    }
}
