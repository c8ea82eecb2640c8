package st.libreho.directory.internal;

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
}
