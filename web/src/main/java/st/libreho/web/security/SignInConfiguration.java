package st.libreho.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Whether an identity provider is configured, looked up before Quarkus starts, in the places an operator sets it:
 * the environment, a system property, a {@code .env} file or {@code config/application.properties} in the working
 * directory, or the packaged configuration.
 */
public final class SignInConfiguration {

    public static final String MISSING_MESSAGE = """
            The Librehosters platform cannot start: no identity provider is configured, so nobody could sign in.
            Set these environment variables, then start again:
              QUARKUS_OIDC_AUTH_SERVER_URL     the realm URL, e.g. https://sso.example.org/realms/librehosters
              QUARKUS_OIDC_CLIENT_ID           the web client, librehosters-web in the realm file
              QUARKUS_OIDC_CREDENTIALS_SECRET  that client's secret
            See docs/operator-guide.md.""";

    static final String PROPERTY = "quarkus.oidc.auth-server-url";
    static final String VARIABLE = "QUARKUS_OIDC_AUTH_SERVER_URL";

    private final Function<String, String> environment;
    private final Function<String, String> systemProperties;
    private final Properties files;

    SignInConfiguration(Function<String, String> environment, Function<String, String> systemProperties,
            Properties files) {
        this.environment = environment;
        this.systemProperties = systemProperties;
        this.files = files;
    }

    public static SignInConfiguration fromEnvironment() {
        Properties files = new Properties();
        load(files, Path.of(".env"));
        load(files, Path.of("config", "application.properties"));
        try (InputStream packaged = SignInConfiguration.class.getResourceAsStream("/application.properties")) {
            if (packaged != null) {
                files.load(packaged);
            }
        } catch (IOException unreadable) {
            // an unreadable packaged file cannot configure anything: the check then relies on the other places
        }
        Map<String, String> env = System.getenv();
        return new SignInConfiguration(env::get, System::getProperty, files);
    }

    public boolean isConfigured() {
        return present(environment.apply(VARIABLE)) || present(systemProperties.apply(PROPERTY))
                || present(files.getProperty(VARIABLE)) || present(files.getProperty(PROPERTY))
                || present(files.getProperty("%prod." + PROPERTY));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void load(Properties into, Path file) {
        if (Files.isReadable(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                into.load(reader);
            } catch (IOException unreadable) {
                // same as a missing file
            }
        }
    }
}
