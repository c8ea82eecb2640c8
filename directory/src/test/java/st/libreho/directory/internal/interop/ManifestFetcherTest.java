package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Fetching against a real HTTP server on 127.0.0.1, which only a fetcher allowing private addresses may reach. */
@Timeout(10)
class ManifestFetcherTest {

    private static final Duration SHORT = Duration.ofMillis(500);
    private static final String NIXNET = RealManifests.text("nixnet.json");

    private final ManifestFetcher fetcher = new ManifestFetcher(SHORT, SHORT, true);
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private ExecutorService handlers;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        serve("/librehost.json", exchange -> send(exchange, 200, "application/json", NIXNET));
        serve("/as-text.json", exchange -> send(exchange, 200, "text/plain; charset=utf-8", NIXNET));
        serve("/page", exchange -> send(exchange, 200, "text/html; charset=utf-8", "<html>Not here</html>"));
        serve("/broken.json", exchange -> send(exchange, 200, "application/json", "{\"name\": \"NixNet\",\n"));
        serve("/failing", exchange -> send(exchange, 500, "text/plain", "oops"));
        serve("/hop", exchange -> {
            // /hop/3 redirects to /hop/2, ... /hop/0 to the manifest: /hop/n takes n + 1 redirects
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            redirect(exchange, left == 0 ? "/librehost.json" : String.valueOf(left - 1));
        });
        serve("/to-ftp", exchange -> redirect(exchange, "ftp://example.org/librehost.json"));
        serve("/to-nowhere", exchange -> {
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        serve("/big-announced",
                exchange -> send(exchange, 200, "application/json", padded(ManifestFetcher.MAX_BYTES + 1)));
        serve("/big-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0); // no length: chunked, so only counting the bytes can stop it
            try (OutputStream body = exchange.getResponseBody()) {
                byte[] kibibyte = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 4 * 1024; i++) {
                    body.write(kibibyte);
                }
            } catch (IOException expected) {
                // the fetcher hangs up once it has had enough
            }
        });
        serve("/just-fits", exchange -> send(exchange, 200, "application/json", padded(ManifestFetcher.MAX_BYTES)));
        serve("/slow", exchange -> {
            sleep(5_000);
            send(exchange, 200, "application/json", NIXNET);
        });
        serve("/dripping", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write('{');
                body.flush();
                sleep(5_000);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        handlers.shutdownNow(); // wakes the handlers still sleeping
    }

    @Test
    void fetchesAManifest() throws Exception {
        JsonNode manifest = fetcher.fetch(url("/librehost.json"));

        assertEquals("NixNet", manifest.get("name").textValue());
        assertEquals(1, requests.get());
    }

    @Test
    void jsonServedAsPlainTextIsJsonStill() throws Exception {
        assertEquals("NixNet", fetcher.fetch(url("/as-text.json")).get("name").textValue());
    }

    @Test
    void followsUpToThreeRedirects() throws Exception {
        assertEquals("NixNet", fetcher.fetch(url("/hop/2")).get("name").textValue());
        assertEquals(4, requests.get());
    }

    @Test
    void refusesAFourthRedirect() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/hop/3")));

        assertEquals("Could not fetch " + url("/hop/3") + ": it redirects more than 3 times.", e.getMessage());
        assertEquals(4, requests.get(), "the fourth redirect is not followed");
    }

    @Test
    void aRedirectIsCheckedLikeTheFirstUrl() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/to-ftp")));

        assertTrue(e.getMessage().startsWith("Could not fetch " + url("/to-ftp")
                + ": it redirects to \"ftp://example.org/librehost.json\", which is not an http or https URL"),
                e.getMessage());
    }

    @Test
    void aRedirectWithoutLocation() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/to-nowhere")));

        assertEquals("Could not fetch " + url("/to-nowhere") + ": it redirects (HTTP 302) without saying where.",
                e.getMessage());
    }

    @Test
    void notFound() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/missing.json")));

        assertEquals("Could not fetch " + url("/missing.json") + ": it was not found (HTTP 404).", e.getMessage());
    }

    @Test
    void serverError() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/failing")));

        assertEquals("Could not fetch " + url("/failing") + ": the server answered HTTP 500.", e.getMessage());
    }

    @Test
    void aWebPageIsNotJson() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/page")));

        assertEquals("Could not fetch " + url("/page") + ": it is a web page (text/html; charset=utf-8), not JSON.",
                e.getMessage());
    }

    @Test
    void malformedJsonSaysWhere() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/broken.json")));

        assertTrue(e.getMessage().startsWith("The document at " + url("/broken.json")
                + " is not valid JSON at line 2, column "), e.getMessage());
    }

    @Test
    void aBodyAnnouncedTooLargeIsNotDownloaded() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/big-announced")));

        assertEquals("Could not fetch " + url("/big-announced")
                + ": it is larger than 256 KiB, too large for a manifest.", e.getMessage());
    }

    @Test
    void aBodyWithoutLengthIsCutOffAtTheLimit() {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url("/big-chunked")));

        assertEquals("Could not fetch " + url("/big-chunked")
                + ": it is larger than 256 KiB, too large for a manifest.", e.getMessage());
    }

    @Test
    void aBodyOfExactlyTheLimitIsFine() throws Exception {
        assertEquals("Padded", fetcher.fetch(url("/just-fits")).get("name").textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/slow", "/dripping" })
    void aServerTooSlowTimesOut(String path) {
        long start = System.nanoTime();

        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url(path)));

        assertEquals("Could not fetch " + url(path) + ": the server did not answer within 500 ms.", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_000, "gave up in time");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        String closed = url("/librehost.json");
        server.stop(0);

        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(closed));

        assertTrue(e.getMessage().startsWith("Could not fetch " + closed + ": the server could not be reached"),
                e.getMessage());
    }

    @Test
    void withoutPermissionTheLocalServerIsRefused_beforeAnyRequest() {
        ManifestFetcher guarded = new ManifestFetcher(SHORT, SHORT, false);

        ManifestException e = assertThrows(ManifestException.class, () -> guarded.fetch(url("/librehost.json")));

        assertEquals("Could not fetch " + url("/librehost.json") + ": refused, as 127.0.0.1 is at 127.0.0.1, a "
                + "private or local address; the directory only fetches from public addresses.", e.getMessage());
        assertEquals(0, requests.get());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost/librehost.json", "http://[::1]/librehost.json",
            "http://10.1.2.3/librehost.json", "https://192.168.0.10/librehost.json",
            "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0:8080/", "http://[fd00::1]/",
            "http://2130706433/librehost.json" })
    void privateAndLocalAddressesAreRefused(String url) {
        ManifestFetcher guarded = new ManifestFetcher(SHORT, SHORT, false);

        ManifestException e = assertThrows(ManifestException.class, () -> guarded.fetch(url));

        assertTrue(e.getMessage().contains("a private or local address"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.org/librehost.json", "file:///etc/passwd", "-", "librehost.json" })
    void onlyHttpUrlsAreFetched(String url) {
        ManifestException e = assertThrows(ManifestException.class, () -> fetcher.fetch(url));

        assertTrue(e.getMessage().startsWith("Could not fetch " + url + ": it is not a"), e.getMessage());
        assertEquals(0, requests.get());
    }

    private void serve(String path, Handler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** A manifest of exactly this many bytes. */
    private static String padded(int bytes) {
        String start = "{\"name\": \"Padded\", \"description\": \"";
        String end = "\"}";
        return start + "x".repeat(bytes - start.length() - end.length()) + end;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
