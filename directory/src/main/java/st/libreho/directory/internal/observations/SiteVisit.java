package st.libreho.directory.internal.observations;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.FetchFailure;
import st.libreho.directory.internal.interop.GuardedHttp;

/**
 * One host's checks, made one after the other by one thread, so the host is never asked two things at once; it
 * shakes hands with each host and port once and reuses what it learnt for the host's other checks.
 */
final class SiteVisit {

    final GuardedHttp http;
    final CheckerSettings settings;
    private final TlsProbe probe;
    private final Map<String, TlsProbe.Outcome> handshakes = new HashMap<>();

    SiteVisit(GuardedHttp http, TlsProbe probe, CheckerSettings settings) {
        this.http = http;
        this.probe = probe;
        this.settings = settings;
    }

    Instant now() {
        return settings.clock().instant();
    }

    /** What the certificate of an https URL's host and port is worth, probed once per visit. */
    TlsProbe.Outcome certificate(URI url) {
        String key = url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
        return handshakes.computeIfAbsent(key, any -> probe.probe(url));
    }

    /**
     * Records the certificate of an https URL on the observation, with the finding when it is not valid (true then)
     * and the notice when it ends soon.
     */
    boolean certificateFails(URI url, Sighting observation) {
        TlsProbe.Outcome outcome = certificate(url);
        if (observation.certificateNotAfter == null) {
            observation.certificateNotAfter = outcome.notAfter();
        }
        if (!outcome.valid()) {
            observation.found(outcome.finding(), outcome.detail());
            return true;
        }
        Instant notAfter = outcome.notAfter();
        if (notAfter != null && notAfter.isBefore(now().plus(settings.certificateNotice()))) {
            observation.found(Finding.CERTIFICATE_EXPIRES_SOON, "the certificate ends on " + notAfter);
        }
        return false;
    }

    /**
     * The finding for a fetch that failed; a TLS failure at another host than the one probed (after a redirect) is
     * probed too, to say what is wrong with its certificate.
     */
    void fetchFailed(FetchFailure failure, Sighting observation) {
        if (failure.kind() == FetchFailure.Kind.TLS) {
            URI where = failure.where().startsWith("https:") ? uriOrNull(failure.where()) : null;
            if (where != null) {
                TlsProbe.Outcome outcome = certificate(where);
                if (!outcome.valid()) {
                    if (observation.certificateNotAfter == null) {
                        observation.certificateNotAfter = outcome.notAfter();
                    }
                    observation.found(outcome.finding(), outcome.detail() + " at " + where);
                    return;
                }
            }
        }
        observation.found(FetchFindings.finding(failure), failure.getMessage()
                + (failure.where().equals(observation.check.subject()) ? "" : " (at " + failure.where() + ")"));
    }

    /** Sleeps, unless interrupted (then it says so and keeps the interruption for the caller). */
    boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The answer's media type, lower-case and without parameters, or null. */
    /**
     * A well-known address on a site's host, over HTTPS as RFC 8615 documents are read: the site's port kept only off
     * the standard ones (tests serve on others). An IPv6 literal's host comes with its brackets.
     */
    static String wellKnown(URI site, String name) {
        int port = site.getPort();
        boolean standard = port == -1 || port == 80 || port == 443;
        return "https://" + site.getHost() + (standard ? "" : ":" + port) + "/.well-known/" + name;
    }

    static String mediaType(GuardedHttp.Answer answer) {
        return answer.headers().firstValue("content-type")
                .map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty())
                .orElse(null);
    }

    /** Records status, type and where the address led. */
    static void recordAnswer(GuardedHttp.Answer answer, URI asked, Sighting observation) {
        observation.httpStatus = answer.statusCode();
        observation.contentType = mediaType(answer);
        if (!answer.uri().equals(asked)) {
            observation.finalUrl = answer.uri().toString();
        }
    }

    private static URI uriOrNull(String url) {
        try {
            return GuardedHttp.parse(url);
        } catch (FetchFailure e) {
            return null;
        }
    }
}
