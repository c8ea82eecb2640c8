package st.libreho.directory.internal.interop;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * The directory's one way of fetching from an address that came from outside (a delegate's manifest URL, a member's
 * home page): http and https only, public addresses only unless allowed, redirects followed by hand with each target
 * checked like the first address, at most a few of them and no loop, a limit on the body, and one deadline for the
 * whole fetch, redirects included. Thread-safe; meant to be created once and shared.
 */
public final class GuardedHttp {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** How much of a body to read: fail beyond the limit (a document to parse), or keep its start (a page). */
    public record BodyLimit(int maxBytes, boolean truncate) {

        /** A body over {@code maxBytes} fails the fetch as {@link FetchFailure.Kind#TOO_LARGE}. */
        public static BodyLimit failBeyond(int maxBytes) {
            return new BodyLimit(maxBytes, false);
        }

        /** Only the first {@code maxBytes} bytes are read; the rest is not downloaded. */
        public static BodyLimit truncateAt(int maxBytes) {
            return new BodyLimit(maxBytes, true);
        }
    }

    /**
     * The final answer.
     *
     * @param uri where it came from, after redirects
     * @param truncated whether the body was cut at the limit (only with {@link BodyLimit#truncateAt(int)})
     */
    public record Answer(URI uri, int statusCode, HttpHeaders headers, byte[] body, boolean truncated) {

        public boolean isRedirect() {
            return REDIRECTS.contains(statusCode);
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;
    private final boolean allowPrivateAddresses;
    private final String userAgent;
    private final int maxRedirects;

    /**
     * @param connectTimeout how long to wait for a connection to each server
     * @param requestTimeout how long one fetch, redirects included, may take
     * @param allowPrivateAddresses true only in tests, or for a directory whose members are all on its own network
     * @param userAgent the User-Agent, naming the platform and where to learn about it
     * @param sslContext the trust for https, or null for the JDK's default
     */
    public GuardedHttp(Duration connectTimeout, Duration requestTimeout, boolean allowPrivateAddresses,
            String userAgent, int maxRedirects, SSLContext sslContext) {
        // redirects are followed by hand, so that each target is checked before it is contacted
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.client = builder.build();
        this.requestTimeout = requestTimeout;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.userAgent = userAgent;
        this.maxRedirects = maxRedirects;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public int maxRedirects() {
        return maxRedirects;
    }

    /**
     * GETs an address and follows at most {@link #maxRedirects()} checked redirects (none when
     * {@code followRedirects} is false: the redirect is then the answer), all within {@link #requestTimeout()}.
     */
    public Answer get(String url, String accept, BodyLimit limit, boolean followRedirects) throws FetchFailure {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        URI current = parse(url);
        Set<URI> visited = new HashSet<>();
        for (int redirects = 0;; redirects++) {
            visited.add(current);
            requirePublic(current);
            Answer answer = exchange(current, deadline, accept, limit);
            if (!followRedirects || !answer.isRedirect()) {
                return answer;
            }
            if (redirects == maxRedirects) {
                throw new FetchFailure(FetchFailure.Kind.TOO_MANY_REDIRECTS, url, "it redirects more than "
                        + maxRedirects + " times");
            }
            URI next = redirectTarget(answer);
            if (visited.contains(next)) {
                throw new FetchFailure(FetchFailure.Kind.TOO_MANY_REDIRECTS, url, "it redirects in a loop, back to "
                        + next);
            }
            current = next;
        }
    }

    /**
     * The address as a URI with an ASCII host.
     *
     * @throws FetchFailure {@link FetchFailure.Kind#NOT_A_URL} for anything but an absolute http(s) URL
     */
    public static URI parse(String url) throws FetchFailure {
        try {
            return HttpUrls.parse(url);
        } catch (IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Kind.NOT_A_URL, url, "it is " + e.getMessage());
        }
    }

    /** Where a redirect leads, checked to be an http(s) URL. */
    public static URI redirectTarget(Answer redirect) throws FetchFailure {
        URI from = redirect.uri();
        String location = redirect.headers().firstValue("location").orElse(null);
        if (location == null) {
            throw new FetchFailure(FetchFailure.Kind.BAD_REDIRECT, from, "it redirects (HTTP "
                    + redirect.statusCode() + ") without saying where");
        }
        try {
            return HttpUrls.parse(from.resolve(location.strip()).toString());
        } catch (IllegalArgumentException e) {
            // URI.resolve throws it for a malformed location, HttpUrls.parse for a location that is no http(s) URL
            throw new FetchFailure(FetchFailure.Kind.BAD_REDIRECT, from, "it redirects to \"" + location
                    + "\", which is " + (e.getCause() == null ? e.getMessage() : HttpUrls.NOT_A_URL));
        }
    }

    /**
     * The host's addresses, once they are known to be public (or private addresses are allowed), for a caller that
     * connects by itself.
     */
    public InetAddress[] publicAddresses(URI url) throws FetchFailure {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new FetchFailure(FetchFailure.Kind.UNKNOWN_HOST, url, "the host " + url.getHost()
                    + " is unknown", e);
        }
        if (allowPrivateAddresses) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address)) {
                throw new FetchFailure(FetchFailure.Kind.PRIVATE_ADDRESS, url, "refused, as " + url.getHost()
                        + " is at " + address.getHostAddress()
                        + ", a private or local address; the directory only fetches from public addresses");
            }
        }
        return addresses;
    }

    private void requirePublic(URI url) throws FetchFailure {
        if (!allowPrivateAddresses) {
            publicAddresses(url);
        }
    }

    private Answer exchange(URI url, long deadline, String accept, BodyLimit limit) throws FetchFailure {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchFailure(FetchFailure.Kind.TIMED_OUT, url, timedOut());
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofNanos(remaining))
                .header("Accept", accept)
                .header("User-Agent", userAgent)
                .GET()
                .build();
        // asynchronous, so the deadline also covers a server that sends its body slowly, byte by byte
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, info -> new SizeLimitedBody(
                limit.maxBytes(), limit.truncate(), info.headers().firstValueAsLong("content-length").orElse(-1)));
        try {
            HttpResponse<byte[]> answer = response.get(remaining, TimeUnit.NANOSECONDS);
            return new Answer(answer.uri(), answer.statusCode(), answer.headers(), answer.body(),
                    limit.truncate() && answer.body().length >= limit.maxBytes());
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FetchFailure(FetchFailure.Kind.TIMED_OUT, url, timedOut(), e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailure(FetchFailure.Kind.INTERRUPTED, url, "the fetch was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        }
    }

    private FetchFailure failure(URI url, Throwable failure) {
        if (causedBy(failure, SizeLimitedBody.TooLarge.class)) {
            return new FetchFailure(FetchFailure.Kind.TOO_LARGE, url, failure.getMessage(), failure);
        }
        if (causedBy(failure, HttpConnectTimeoutException.class)) {
            return new FetchFailure(FetchFailure.Kind.UNREACHABLE, url, "the server could not be reached in time",
                    failure);
        }
        if (causedBy(failure, HttpTimeoutException.class)) {
            return new FetchFailure(FetchFailure.Kind.TIMED_OUT, url, timedOut(), failure);
        }
        if (causedBy(failure, ConnectException.class)) {
            return new FetchFailure(FetchFailure.Kind.UNREACHABLE, url,
                    "the server could not be reached (connection refused)", failure);
        }
        if (causedBy(failure, SSLException.class)) {
            return new FetchFailure(FetchFailure.Kind.TLS, url, "no secure connection could be made ("
                    + failure.getMessage() + ")", failure);
        }
        return new FetchFailure(FetchFailure.Kind.FAILED, url, "it could not be read (" + failure + ")", failure);
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
}
