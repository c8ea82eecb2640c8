package st.libreho.web.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Keeps a fixed number of requests in flight against one platform, each on its own kept-alive connection (no
 * pipelining), each sending the next as soon as its answer has arrived: a closed loop, so the throughput is what the
 * platform can serve, and the latencies are those of a platform kept busy. Vert.x' client on one event loop, so that
 * the generator takes as little as possible of the CPU the platform runs on.
 */
final class LoadGenerator implements AutoCloseable {

    /** A page slower than this under load counts as an error rather than holding the run forever. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final Vertx vertx;
    private final HttpClient client;
    private final int port;
    private final int connections;

    private LoadGenerator(int port, int connections) {
        this.port = port;
        this.connections = connections;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    static LoadGenerator against(PlatformProcess platform, int connections) {
        return new LoadGenerator(platform.port(), connections);
    }

    /** Requests the target for the given time with every connection busy, then waits for the last answers. */
    Measurement measure(Target target, Duration duration) throws InterruptedException {
        Run run = new Run(target, duration);
        run.start();
        try {
            return run.finished.get(duration.plus(REQUEST_TIMEOUT).plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The load on " + target.label() + " did not finish", e);
        }
    }

    @Override
    public void close() throws InterruptedException, ExecutionException {
        client.close().toCompletionStage().toCompletableFuture().get();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    /** The exception's type and the start of its message: what went wrong, without a line per request. */
    private static String describe(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return failure.getClass().getSimpleName() + " (" + message.substring(0, Math.min(60, message.length()))
                + ")";
    }

    private static Map<String, Long> counts(Map<String, LongAdder> adders) {
        Map<String, Long> counts = new TreeMap<>();
        adders.forEach((kind, adder) -> counts.put(kind, adder.sum()));
        return counts;
    }

    /** One target's measurement: the loops that keep the connections busy, and what they count. */
    private final class Run {

        private final Target target;
        /** Everything but the address, which the target gives for each request. */
        private final RequestOptions request;
        private final long started = System.nanoTime();
        private final long deadline;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final ConcurrentHistogram latencies = new ConcurrentHistogram(3);
        private final LongAdder answered = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final LongAdder bytes = new LongAdder();
        private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        private final CompletableFuture<Measurement> finished = new CompletableFuture<>();

        Run(Target target, Duration duration) {
            this.target = target;
            this.deadline = started + duration.toNanos();
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            target.headers().forEach(headers::add);
            this.request = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
                    .setHeaders(headers).setIdleTimeout(REQUEST_TIMEOUT.toMillis());
        }

        /**
         * Sends from the event loop, so that each answer's callbacks run as its bytes arrive: sent from the test's
         * thread, an answer could end before its body's handler was set ("Response already ended").
         */
        void start() {
            inFlight.set(connections);
            vertx.runOnContext(onEventLoop -> {
                for (int i = 0; i < connections; i++) {
                    send();
                }
            });
        }

        private void send() {
            long sent = System.nanoTime();
            long[] size = { 0 };
            RequestOptions options = new RequestOptions(request).setURI(target.nextAddress());
            client.request(options).compose(HttpClientRequest::send).compose(response -> {
                response.handler(chunk -> size[0] += chunk.length());
                return response.end().map(ended -> response.statusCode());
            }).onComplete(result -> {
                if (result.succeeded() && result.result() == 200) {
                    latencies.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                    answered.increment();
                    bytes.add(size[0]);
                } else {
                    errors.increment();
                    String kind = result.succeeded() ? "HTTP " + result.result() : describe(result.cause());
                    errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
                }
                // A refused or reset connection means the platform is gone or overwhelmed: this loop stops rather
                // than count thousands of failures a second. A wrong status is an answer: the loop goes on.
                if (result.succeeded() && System.nanoTime() < deadline) {
                    send();
                } else if (inFlight.decrementAndGet() == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    finished.complete(new Measurement(target.label(), answered.sum(), errors.sum(), seconds,
                            latencies, bytes.sum(), counts(errorKinds)));
                }
            });
        }
    }
}
