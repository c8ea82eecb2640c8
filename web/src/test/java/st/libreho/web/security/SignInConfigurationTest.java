package st.libreho.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SignInConfigurationTest {

    private static final String URL = "https://sso.example.org/realms/librehosters";

    @Test
    void withNothingConfiguredProductionMustNotStart() {
        assertFalse(new SignInConfiguration(name -> null, name -> null, new Properties()).isConfigured());
        assertFalse(new SignInConfiguration(Map.of(SignInConfiguration.VARIABLE, " ")::get, name -> null,
                new Properties()).isConfigured(), "a blank value configures nothing");
    }

    @Test
    void theEnvironmentAVariableOrAFileIsEnough() {
        assertTrue(new SignInConfiguration(Map.of(SignInConfiguration.VARIABLE, URL)::get, name -> null,
                new Properties()).isConfigured());
        assertTrue(new SignInConfiguration(name -> null, Map.of(SignInConfiguration.PROPERTY, URL)::get,
                new Properties()).isConfigured());
        Properties dotEnv = new Properties();
        dotEnv.setProperty(SignInConfiguration.VARIABLE, URL);
        assertTrue(new SignInConfiguration(name -> null, name -> null, dotEnv).isConfigured());
        Properties prodProfile = new Properties();
        prodProfile.setProperty("%prod." + SignInConfiguration.PROPERTY, URL);
        assertTrue(new SignInConfiguration(name -> null, name -> null, prodProfile).isConfigured());
    }

    @Test
    void theMessageNamesTheVariablesToSet() {
        assertTrue(SignInConfiguration.MISSING_MESSAGE.contains("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertTrue(SignInConfiguration.MISSING_MESSAGE.contains("QUARKUS_OIDC_CLIENT_ID"));
        assertTrue(SignInConfiguration.MISSING_MESSAGE.contains("QUARKUS_OIDC_CREDENTIALS_SECRET"));
    }
}
