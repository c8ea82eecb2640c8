package st.libreho.directory;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A class of checks the platform runs on what a member publishes; a member may opt out of a whole class, and the
 * opt-out is shown where the observations would be.
 */
public enum CheckClass {
    /** The home page, the services page and each service: reachable over HTTPS with a valid certificate. */
    TLS("tls"),
    /** The declared policy pages: terms of service, account policy, privacy policy, economic model. */
    POLICY_PAGES("policy-pages"),
    /** {@code /.well-known/security.txt} (RFC 9116) on the home host. */
    SECURITY_TXT("security-txt"),
    /** What each service says of itself through NodeInfo. */
    NODEINFO("nodeinfo");

    private final String id;

    CheckClass(String id) {
        this.id = id;
    }

    /** The stable id the API and settings use, e.g. {@code policy-pages}; also its form in JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<CheckClass> byId(String id) {
        return Arrays.stream(values()).filter(value -> value.id.equals(id) || value.name().equals(id)).findFirst();
    }
}
