package st.libreho.web.wellknown;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The platform's own {@code /.well-known/security.txt} (RFC 9116), under {@code librehosters.security.*}
 * (environment: {@code LIBREHOSTERS_SECURITY_*}). Its {@code Canonical:} address comes from
 * {@code librehosters.public-url}.
 */
@ConfigMapping(prefix = "librehosters.security")
public interface SecurityTxtConfig {

    /**
     * Where to report a vulnerability of the platform, one {@code Contact:} line each, most preferred first:
     * {@code mailto:}, {@code https:} or {@code tel:} addresses (a bare e-mail address is taken as {@code mailto:}),
     * comma-separated in the environment. With none, {@code /.well-known/security.txt} answers 404 and a production
     * start warns: a made-up address would send reports nowhere. Dev and test mode say
     * {@code mailto:security@localhost}. Environment: {@code LIBREHOSTERS_SECURITY_CONTACT}.
     */
    Optional<List<String>> contact();

    /**
     * The address of the platform's security policy ({@code Policy:}), if it has one. Environment:
     * {@code LIBREHOSTERS_SECURITY_POLICY}.
     */
    Optional<String> policy();

    /**
     * The languages a report may be written in ({@code Preferred-Languages:}). Environment:
     * {@code LIBREHOSTERS_SECURITY_PREFERRED_LANGUAGES}.
     */
    @WithDefault("en,fr")
    List<String> preferredLanguages();
}
