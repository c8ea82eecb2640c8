package st.libreho.directory.internal.observations;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How {@link HttpEvidenceChecker} visits members' sites.
 *
 * @param connectTimeout how long to wait for a connection to a server
 * @param requestTimeout how long one fetch may take, redirects and body included (also bounds a TLS handshake)
 * @param maxConnections how many fetches may run at once, over all hosts (one host never gets two at once)
 * @param certificateNotice how long before its end a valid certificate gets a
 *        {@link st.libreho.directory.Finding#CERTIFICATE_EXPIRES_SOON} notice
 * @param allowPrivateAddresses true only in tests, or for a network whose members are all on the server's own network
 * @param userAgent the User-Agent sent, naming the platform and its URL, e.g.
 *        {@code LibrehostersPlatform/1.0 (+https://libreho.st/directory/observations)}
 * @param trust which certificates to trust, or null for the JDK's default trust; an
 *        {@link X509ExtendedTrustManager} (as {@link javax.net.ssl.TrustManagerFactory} gives), so that it checks the
 *        certificate's name against the host as browsers do
 * @param plainHttpPort where to ask plain HTTP whether it redirects to HTTPS: 80 in production; tests give their
 *        plain server's port
 * @param retryPause how long to wait before asking again a NodeInfo host that answered a server error
 * @param clock what "now" is for expiries and observation times
 */
public record CheckerSettings(Duration connectTimeout, Duration requestTimeout, int maxConnections,
        Duration certificateNotice, boolean allowPrivateAddresses, String userAgent, X509ExtendedTrustManager trust,
        int plainHttpPort, Duration retryPause, Clock clock) {

    public CheckerSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(certificateNotice, "certificateNotice");
        Objects.requireNonNull(retryPause, "retryPause");
        Objects.requireNonNull(clock, "clock");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
        if (plainHttpPort < 1 || plainHttpPort > 65535) {
            throw new IllegalArgumentException("plainHttpPort must be a port number");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a User-Agent naming the platform is required");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
