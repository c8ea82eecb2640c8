package st.libreho.web.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSignInCheckTest {

    @Test
    void aProductionStartWithoutAnIdentityProviderStopsAndNamesTheVariablesToSet() {
        ProductionSignInCheck check = new ProductionSignInCheck();
        check.authServerUrl = Optional.empty();

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> check.check(null));

        assertTrue(refused.getMessage().contains("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertTrue(refused.getMessage().contains("QUARKUS_OIDC_CLIENT_ID"));
        assertTrue(refused.getMessage().contains("QUARKUS_OIDC_CREDENTIALS_SECRET"));
    }

    @Test
    void aConfiguredProviderIsEnough() {
        ProductionSignInCheck check = new ProductionSignInCheck();
        check.authServerUrl = Optional.of("https://sso.example.org/realms/librehosters");
        assertDoesNotThrow(() -> check.check(null));
    }
}
