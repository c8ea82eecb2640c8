package st.libreho.directory.internal;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The directory's settings, under {@code librehosters.directory.*} (environment: {@code LIBREHOSTERS_DIRECTORY_*}). */
@ConfigMapping(prefix = "librehosters.directory")
public interface DirectoryConfig {

    /**
     * Whether an e-mail address the identity provider did not verify may match a delegation. Only for dev and test,
     * whose OIDC server cannot verify addresses: in production anyone could claim a delegate's address.
     * Environment: {@code LIBREHOSTERS_DIRECTORY_TRUST_UNVERIFIED_EMAIL}.
     */
    @WithDefault("false")
    boolean trustUnverifiedEmail();

    /** Fetching {@code librehost.json} manifests from the addresses delegates and operators give. */
    @WithName("import")
    Import import_();

    interface Import {

        /**
         * Whether a fetch may reach loopback, private and link-local addresses. Off in production, so that a manifest
         * address cannot probe the platform's own network; tests turn it on to serve manifests locally.
         * Environment: {@code LIBREHOSTERS_DIRECTORY_IMPORT_ALLOW_PRIVATE_ADDRESSES}.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    /** Observed evidence: the checks of what organisations publish (docs/operator-guide.md, "Observed evidence"). */
    Observing observations();

    interface Observing {

        /**
         * Whether the scheduled round runs on this instance. A delegate's "check now" works either way. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_ENABLED}.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often every member and applicant is checked: one round per period across all instances. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_EVERY}.
         */
        @WithDefault("P1D")
        Duration every();

        /**
         * How often each instance looks whether a round is due; only one instance claims it. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_TICK}.
         */
        @WithDefault("5m")
        String tick();

        /**
         * How long a delegation waits between two checks it asks for. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_RECHECK_EVERY}.
         */
        @WithDefault("PT15M")
        Duration recheckEvery();

        /**
         * At most this many fetches at once, over all hosts; never two at once to one host. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_MAX_CONNECTIONS}.
         */
        @WithDefault("4")
        int maxConnections();

        /** How long to wait for a connection. Environment: {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_CONNECT_TIMEOUT}. */
        @WithDefault("5s")
        Duration connectTimeout();

        /**
         * How long one fetch may take, redirects included; a host slower than that is observed as timed out.
         * Environment: {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_REQUEST_TIMEOUT}.
         */
        @WithDefault("10s")
        Duration requestTimeout();

        /**
         * How close to its end a valid certificate is noted as expiring soon. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_CERTIFICATE_NOTICE}.
         */
        @WithDefault("P14D")
        Duration certificateNotice();

        /**
         * Whether checks may reach loopback and private addresses: only in tests, which serve sites locally.
         * Environment: {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_ALLOW_PRIVATE_ADDRESSES}.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /**
         * The port of plain HTTP tried for the redirect to HTTPS; 80 but in tests. Environment:
         * {@code LIBREHOSTERS_DIRECTORY_OBSERVATIONS_PLAIN_HTTP_PORT}.
         */
        @WithDefault("80")
        int plainHttpPort();
    }
}
