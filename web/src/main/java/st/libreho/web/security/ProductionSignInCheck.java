package st.libreho.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * In production there are no demo users: without an identity provider nobody could sign in, so the platform
 * refuses to start and says what to set.
 */
@ApplicationScoped
@IfBuildProfile("prod")
public class ProductionSignInCheck {

    static final String MESSAGE = "No identity provider is configured. Set QUARKUS_OIDC_AUTH_SERVER_URL (for "
            + "example https://sso.example.org/realms/librehosters), QUARKUS_OIDC_CLIENT_ID (librehosters-web) and "
            + "QUARKUS_OIDC_CREDENTIALS_SECRET, then start again. See docs/operator-guide.md.";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    void check(@Observes StartupEvent event) {
        if (authServerUrl.isEmpty() || authServerUrl.get().isBlank()) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
