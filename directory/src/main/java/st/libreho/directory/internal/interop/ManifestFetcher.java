package st.libreho.directory.internal.interop;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fetches a JSON document (a librehost.json, a directory.json) from a URL a delegate gave, for the server-side import.
 * Since the URL comes from outside, it is handled defensively: http and https only, public addresses only, at most
 * {@value #MAX_REDIRECTS} redirects (each checked like the first URL), at most {@value #MAX_BYTES} bytes, and one
 * deadline for the whole fetch. Thread-safe; meant to be created once and shared.
 */
public final class ManifestFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_REDIRECTS = 3;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";
    private static final String USER_AGENT = "LibrehostersDirectory/1.0 (+https://libreho.st)";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final boolean allowPrivateAddresses;

    /** With {@link #DEFAULT_TIMEOUT}s, refusing private and local addresses. */
    public ManifestFetcher() {
        this(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, false);
    }

    /**
     * @param connectTimeout how long to wait for a connection to each server
     * @param requestTimeout how long the whole fetch, redirects included, may take
     * @param allowPrivateAddresses true only in tests, or for a directory whose members are all on its own network
     */
    public ManifestFetcher(Duration connectTimeout, Duration requestTimeout, boolean allowPrivateAddresses) {
        // redirects are followed by hand, so that each target is checked before it is contacted
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** @throws ManifestException when the URL is refused or the fetch fails, with a message for the delegate */
    public JsonNode fetch(String url) throws ManifestException {
        return json(answer(url, ACCEPT, MAX_BYTES));
    }

    /**
     * An image at a URL someone gave (an organisation's logo), under the same rules as a manifest, at most
     * {@code maxBytes} bytes: its bytes, whatever type the server claims; the caller decides from the bytes what they
     * are.
     */
    public byte[] fetchImage(String url, int maxBytes) throws ManifestException {
        HttpResponse<byte[]> response = answer(url, "image/png, image/jpeg, image/gif, */*;q=0.1", maxBytes);
        requireSuccess(response.uri(), response.statusCode());
        return response.body();
    }

    /** The final answer at a URL, after following at most {@value #MAX_REDIRECTS} checked redirects. */
    private HttpResponse<byte[]> answer(String url, String accept, int maxBytes) throws ManifestException {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        URI current = target(url);
        for (int redirects = 0;; redirects++) {
            requirePublic(current);
            HttpResponse<byte[]> response = exchange(current, deadline, accept, maxBytes);
            if (!REDIRECTS.contains(response.statusCode())) {
                return response;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new ManifestException(failure(url, "it redirects more than " + MAX_REDIRECTS + " times"));
            }
            current = redirectTarget(current, response);
        }
    }

    /** As {@link #fetch(String)}. */
    public JsonNode fetch(URI url) throws ManifestException {
        return fetch(url.toString());
    }

    private static URI target(String url) throws ManifestException {
        try {
            return HttpUrls.parse(url);
        } catch (IllegalArgumentException e) {
            throw new ManifestException(failure(url, "it is " + e.getMessage()));
        }
    }

    private static URI redirectTarget(URI from, HttpResponse<byte[]> redirect) throws ManifestException {
        String location = redirect.headers().firstValue("location").orElse(null);
        if (location == null) {
            throw new ManifestException(failure(from, "it redirects (HTTP " + redirect.statusCode()
                    + ") without saying where"));
        }
        try {
            return HttpUrls.parse(from.resolve(location.strip()).toString());
        } catch (IllegalArgumentException e) {
            // URI.resolve throws it for a malformed location, HttpUrls.parse for a location that is no http(s) URL
            throw new ManifestException(failure(from, "it redirects to \"" + location + "\", which is "
                    + (e.getCause() == null ? e.getMessage() : HttpUrls.NOT_A_URL)));
        }
    }

    private void requirePublic(URI url) throws ManifestException {
        if (allowPrivateAddresses) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new ManifestException(failure(url, "the host " + url.getHost() + " is unknown"), e);
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address)) {
                throw new ManifestException(failure(url, "refused, as " + url.getHost() + " is at "
                        + address.getHostAddress()
                        + ", a private or local address; the directory only fetches from public addresses"));
            }
        }
    }

    private HttpResponse<byte[]> exchange(URI url, long deadline, String accept, int maxBytes)
            throws ManifestException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new ManifestException(failure(url, timedOut()));
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofNanos(remaining))
                .header("Accept", accept)
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        // asynchronous, so the deadline also covers a server that sends its body slowly, byte by byte
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, info -> new SizeLimitedBody(
                maxBytes, info.headers().firstValueAsLong("content-length").orElse(-1)));
        try {
            return response.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new ManifestException(failure(url, timedOut()), e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new ManifestException(failure(url, "the fetch was interrupted"), e);
        } catch (ExecutionException e) {
            throw new ManifestException(failure(url, reason(e.getCause(), maxBytes)), e.getCause());
        }
    }

    private String reason(Throwable failure, int maxBytes) {
        if (causedBy(failure, SizeLimitedBody.TooLarge.class)) {
            return "it is larger than " + maxBytes / 1024 + " KiB, too large for a " + (maxBytes == MAX_BYTES
                    ? "manifest"
                    : "logo");
        }
        if (causedBy(failure, HttpConnectTimeoutException.class)) {
            return "the server could not be reached in time";
        }
        if (causedBy(failure, HttpTimeoutException.class)) {
            return timedOut();
        }
        if (causedBy(failure, ConnectException.class)) {
            return "the server could not be reached (connection refused)";
        }
        if (causedBy(failure, SSLException.class)) {
            return "no secure connection could be made (" + failure.getMessage() + ")";
        }
        return "it could not be read (" + failure + ")";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private String timedOut() {
        return "the server did not answer within " + requestTimeout.toMillis() + " ms";
    }

    private static void requireSuccess(URI url, int status) throws ManifestException {
        if (status == 404 || status == 410) {
            throw new ManifestException(failure(url, "it was not found (HTTP " + status + ")"));
        }
        if (status < 200 || status > 299) {
            throw new ManifestException(failure(url, "the server answered HTTP " + status));
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws ManifestException {
        URI url = response.uri();
        requireSuccess(url, response.statusCode());
        String type = response.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        // checked because a wrong path often gives a web page; other types are parsed, since e.g. raw file hosts
        // serve JSON as text/plain
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            throw new ManifestException(failure(url, "it is a web page (" + type + "), not JSON"));
        }
        return JsonDocuments.parse(response.body(), "The document at " + url);
    }

    private static String failure(Object url, String reason) {
        return "Could not fetch " + url + ": " + reason + ".";
    }
}
