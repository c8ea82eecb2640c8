package st.libreho.directory.internal.observations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.FetchFailure;
import st.libreho.directory.internal.interop.GuardedHttp;

/**
 * Learns what a server's certificate is worth by one TLS handshake of its own.
 * <p>
 * Why not simply ask the HTTP client: the JDK's {@link java.net.http.HttpClient} refuses an invalid certificate with
 * an {@link SSLException} whose message is all there is ("PKIX path building failed", "No subject alternative DNS
 * name matching..."), without the certificate; so the client alone can tell neither when the certificate ends nor,
 * other than by parsing messages that change between JDKs, whether it expired, is not trusted or is for another name.
 * This probe shakes hands with a trust manager that wraps the real one ({@link CheckerSettings#trust()} or the JDK's
 * default), keeps the chain the server sent, and asks the real one twice: first whether the chain is trusted (no
 * name), then with the socket, which also checks the name ("HTTPS" endpoint identification, SNI set), so a failure
 * of the second is a name mismatch. The HTTP requests themselves then go through a client whose SSLContext uses the
 * same trust, so both agree on what is valid. It costs one handshake more per host, which the checker makes once per
 * host and port.
 */
final class TlsProbe {

    /** What the probe learnt: no finding when the certificate is valid for the host. */
    record Outcome(Finding finding, Instant notAfter, String detail) {

        boolean valid() {
            return finding == null;
        }
    }

    private final GuardedHttp http;
    private final X509ExtendedTrustManager trust;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final Clock clock;
    private final ScheduledExecutorService watchdog;

    /** @param watchdog closes a handshake still going at its deadline, as a server may send it byte by byte */
    TlsProbe(GuardedHttp http, X509ExtendedTrustManager trust, Duration connectTimeout, Duration timeout,
            Clock clock, ScheduledExecutorService watchdog) {
        this.http = http;
        this.trust = trust;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.clock = clock;
        this.watchdog = watchdog;
    }

    /** Shakes hands with the host and port of an https URL; never throws. */
    Outcome probe(URI url) {
        InetAddress[] addresses;
        try {
            addresses = http.publicAddresses(url);
        } catch (FetchFailure e) {
            return new Outcome(FetchFindings.finding(e), null, e.getMessage());
        }
        String host = url.getHost();
        int port = url.getPort() == -1 ? 443 : url.getPort();
        RecordingTrustManager recorder = new RecordingTrustManager(trust);
        AtomicBoolean late = new AtomicBoolean();
        Socket plain = new Socket();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            late.set(true);
            closeQuietly(plain);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            try {
                plain.connect(new InetSocketAddress(addresses[0], port), (int) connectTimeout.toMillis());
            } catch (SocketTimeoutException e) {
                return new Outcome(late.get() ? Finding.TIMED_OUT : Finding.UNREACHABLE, null,
                        "the server could not be reached in time");
            } catch (ConnectException e) {
                return new Outcome(Finding.UNREACHABLE, null, "the server could not be reached (connection refused)");
            }
            plain.setSoTimeout((int) timeout.toMillis());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { recorder }, null);
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true)) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!isIpLiteral(host)) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                X509Certificate leaf = (X509Certificate) tls.getSession().getPeerCertificates()[0];
                return new Outcome(null, leaf.getNotAfter().toInstant(), null);
            }
        } catch (SSLException e) {
            return late.get() ? timedOut() : verdict(recorder, e);
        } catch (IOException e) {
            return late.get() || e instanceof SocketTimeoutException
                    ? timedOut()
                    : new Outcome(Finding.UNREACHABLE, recorder.notAfter(), "the connection failed (" + e + ")");
        } catch (GeneralSecurityException e) {
            return new Outcome(Finding.TLS_FAILED, null, "no TLS context (" + e.getMessage() + ")");
        } finally {
            deadline.cancel(false);
            closeQuietly(plain);
        }
    }

    private Outcome timedOut() {
        return new Outcome(Finding.TIMED_OUT, null, "no secure connection within " + timeout.toMillis() + " ms");
    }

    private Outcome verdict(RecordingTrustManager recorder, SSLException failure) {
        Instant notAfter = recorder.notAfter();
        if (recorder.untrusted != null) {
            boolean expired = causedBy(recorder.untrusted, CertificateExpiredException.class)
                    || notAfter != null && notAfter.isBefore(clock.instant());
            return expired
                    ? new Outcome(Finding.CERTIFICATE_EXPIRED, notAfter, "the certificate expired on " + notAfter)
                    : new Outcome(Finding.CERTIFICATE_NOT_TRUSTED, notAfter, "the certificate is not trusted ("
                            + shortly(recorder.untrusted) + ")");
        }
        if (recorder.misnamed != null) {
            String message = String.valueOf(recorder.misnamed.getMessage()).toLowerCase(Locale.ROOT);
            // the JDK's messages for a name that does not match all speak of names ("No subject alternative DNS
            // name matching ...", "No name matching ...", "No subject alternative names present"); anything else
            // that only the check with the socket refuses (e.g. an algorithm constraint) is a matter of trust
            return message.contains("name")
                    ? new Outcome(Finding.CERTIFICATE_NAME_MISMATCH, notAfter, "the certificate is for another name ("
                            + shortly(recorder.misnamed) + ")")
                    : new Outcome(Finding.CERTIFICATE_NOT_TRUSTED, notAfter, "the certificate is not trusted ("
                            + shortly(recorder.misnamed) + ")");
        }
        return new Outcome(Finding.TLS_FAILED, notAfter, "no secure connection could be made (" + shortly(failure)
                + ")");
    }

    private static String shortly(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    /** Keeps the chain the server sent and which of the two checks refused it. */
    private static final class RecordingTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager delegate;
        private volatile X509Certificate[] chain;
        private volatile CertificateException untrusted;
        private volatile CertificateException misnamed;

        RecordingTrustManager(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        Instant notAfter() {
            X509Certificate[] sent = chain;
            return sent == null || sent.length == 0 ? null : sent[0].getNotAfter().toInstant();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            trusted(chain, authType);
            named(() -> delegate.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            trusted(chain, authType);
            named(() -> delegate.checkServerTrusted(chain, authType, engine));
        }

        /** A check with the socket or engine, which adds the host name to the chain's trust. */
        @FunctionalInterface
        private interface NameCheck {
            void run() throws CertificateException;
        }

        private void named(NameCheck check) throws CertificateException {
            try {
                check.run();
            } catch (CertificateException e) {
                misnamed = e;
                throw e;
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            trusted(chain, authType);
        }

        private void trusted(X509Certificate[] chain, String authType) throws CertificateException {
            this.chain = chain == null ? null : chain.clone();
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                untrusted = e;
                throw e;
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("the probe is a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("the probe is a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the probe is a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
