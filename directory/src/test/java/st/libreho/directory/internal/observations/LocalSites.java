package st.libreho.directory.internal.observations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;

/**
 * Real servers on the loopback for the checker's tests: HTTPS ones with a valid, an expired, a self-signed and a
 * misnamed certificate, and a plain HTTP one (the checker's "port 80"); each counts what it is asked.
 */
final class LocalSites implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofMillis(1500);
    static final String USER_AGENT = "LibrehostersDirectory/1.0 (+https://libreho.st)";

    final TestCertificates certificates = new TestCertificates();
    final TestCertificates.Identity validIdentity = certificates.server(Instant.now().minus(Duration.ofDays(1)),
            Instant.now().plus(Duration.ofDays(365)), "localhost");
    final Site valid = https(validIdentity);
    final TestCertificates.Identity expiredIdentity = certificates.server(Instant.now().minus(Duration.ofDays(60)),
            Instant.now().minus(Duration.ofDays(2)), "localhost");
    final Site expired = https(expiredIdentity);
    final TestCertificates.Identity selfSignedIdentity = certificates.selfSigned();
    final Site selfSigned = https(selfSignedIdentity);
    final TestCertificates.Identity misnamedIdentity = certificates.server(Instant.now().minus(Duration.ofDays(1)),
            Instant.now().plus(Duration.ofDays(365)), "other.example");
    final Site misnamed = https(misnamedIdentity);
    final Site plain = plain("127.0.0.1");
    private final List<Site> all = new ArrayList<>(List.of(valid, expired, selfSigned, misnamed, plain));

    /** Settings for these sites: private addresses allowed, the test authority trusted, short deadlines. */
    CheckerSettings settings() {
        return settings(4, true);
    }

    CheckerSettings settings(int maxConnections, boolean allowPrivateAddresses) {
        return new CheckerSettings(DEADLINE, DEADLINE, maxConnections, Duration.ofDays(30), allowPrivateAddresses,
                USER_AGENT, certificates.trust(), plain.port(), Duration.ofMillis(100), Clock.systemUTC());
    }

    /** A plain HTTP server on another loopback address, as another host. */
    Site plain(String address) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
            Site site = new Site(server, "http", address);
            if (all != null) {
                all.add(site);
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Site https(TestCertificates.Identity identity) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(identity.serverContext()));
            return new Site(server, "https", "localhost");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        all.forEach(Site::stop);
    }

    /** A plan for organisation 1 with only these classes checked. */
    static CheckPlan plan(String home, String servicesPage, Map<CheckKind, String> policies,
            List<ServiceTarget> services, CheckClass... checked) {
        Set<CheckClass> optedOut = new java.util.HashSet<>(Set.of(CheckClass.values()));
        optedOut.removeAll(List.of(checked));
        return new CheckPlan(1, home, servicesPage, policies, services, optedOut);
    }

    static String resource(String name) {
        try (InputStream in = LocalSites.class.getResourceAsStream("/nodeinfo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body, String... headers)
            throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    static void send(HttpExchange exchange, int status, String type, String body, String... headers)
            throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One server, counting requests by path, with the request headers it saw. */
    static final class Site {

        final HttpServer server;
        final String scheme;
        final String host;
        final AtomicInteger requests = new AtomicInteger();
        final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
        final List<Headers> headers = new CopyOnWriteArrayList<>();
        private final ExecutorService handlers = Executors.newCachedThreadPool();

        Site(HttpServer server, String scheme, String host) {
            this.server = server;
            this.scheme = scheme;
            this.host = host;
            server.setExecutor(handlers);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String url(String path) {
            return scheme + "://" + host + ":" + port() + path;
        }

        int hits(String path) {
            AtomicInteger count = byPath.get(path);
            return count == null ? 0 : count.get();
        }

        /** Answers the path and everything under it. */
        Site on(String path, Handler handler) {
            server.createContext(path, exchange -> {
                requests.incrementAndGet();
                byPath.computeIfAbsent(exchange.getRequestURI().getPath(), any -> new AtomicInteger())
                        .incrementAndGet();
                headers.add(exchange.getRequestHeaders());
                try (exchange) {
                    handler.handle(exchange);
                } catch (IOException expected) {
                    // the checker hung up
                }
            });
            return this;
        }

        Site page(String path, int status, String type, String body, String... headers) {
            return on(path, exchange -> send(exchange, status, type, body, headers));
        }

        /** Drains a body the server no longer wants to send. */
        static void trickle(HttpExchange exchange, int bytes, long pauseMillis) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            for (int i = 0; i < bytes && !Thread.currentThread().isInterrupted(); i++) {
                body.write('x');
                body.flush();
                sleep(pauseMillis);
            }
        }

        void stop() {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
