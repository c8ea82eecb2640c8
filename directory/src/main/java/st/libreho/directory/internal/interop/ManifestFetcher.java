package st.libreho.directory.internal.interop;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fetches a JSON document (a librehost.json, a directory.json) from a URL a delegate gave, for the server-side import.
 * Since the URL comes from outside, it is handled defensively: http and https only, public addresses only, at most
 * {@value #MAX_REDIRECTS} redirects (each checked like the first URL), at most {@value #MAX_BYTES} bytes, and one
 * deadline for the whole fetch: the rules of {@link GuardedHttp}, which the evidence checker shares. Thread-safe;
 * meant to be created once and shared.
 */
public final class ManifestFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_REDIRECTS = 3;

    private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";
    private static final String USER_AGENT = "LibrehostersDirectory/1.0 (+https://libreho.st)";

    private final GuardedHttp http;

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
        this.http = new GuardedHttp(connectTimeout, requestTimeout, allowPrivateAddresses, USER_AGENT, MAX_REDIRECTS,
                null);
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
        GuardedHttp.Answer response = answer(url, "image/png, image/jpeg, image/gif, */*;q=0.1", maxBytes);
        requireSuccess(response.uri(), response.statusCode());
        return response.body();
    }

    /** The final answer at a URL, after following at most {@value #MAX_REDIRECTS} checked redirects. */
    private GuardedHttp.Answer answer(String url, String accept, int maxBytes) throws ManifestException {
        try {
            return http.get(url, accept, GuardedHttp.BodyLimit.failBeyond(maxBytes), true);
        } catch (FetchFailure e) {
            String reason = e.kind() == FetchFailure.Kind.TOO_LARGE
                    ? "it is larger than " + maxBytes / 1024 + " KiB, too large for a " + (maxBytes == MAX_BYTES
                            ? "manifest"
                            : "logo")
                    : e.getMessage();
            throw new ManifestException(failure(e.where(), reason), e.getCause());
        }
    }

    /** As {@link #fetch(String)}. */
    public JsonNode fetch(URI url) throws ManifestException {
        return fetch(url.toString());
    }

    private static void requireSuccess(URI url, int status) throws ManifestException {
        if (status == 404 || status == 410) {
            throw new ManifestException(failure(url, "it was not found (HTTP " + status + ")"));
        }
        if (status < 200 || status > 299) {
            throw new ManifestException(failure(url, "the server answered HTTP " + status));
        }
    }

    private static JsonNode json(GuardedHttp.Answer response) throws ManifestException {
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
