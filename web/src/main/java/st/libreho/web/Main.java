package st.libreho.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import st.libreho.web.security.SignInConfiguration;

/**
 * Starts the platform. The packaged application first makes sure an identity provider is configured: without one
 * nobody could sign in, and Quarkus' own error would name an internal property instead of the variables to set.
 */
@QuarkusMain
public class Main {

    /** The class loader of the packaged application; dev mode (demo sign-in) uses another one. */
    private static final String PACKAGED_APPLICATION_LOADER = "io.quarkus.bootstrap.runner.RunnerClassLoader";

    public static void main(String... args) {
        // dev mode also calls this method, before its profile is active, so the launch mode cannot tell them apart
        boolean packaged = PACKAGED_APPLICATION_LOADER.equals(Main.class.getClassLoader().getClass().getName());
        if (packaged && !SignInConfiguration.fromEnvironment().isConfigured()) {
            System.err.println(SignInConfiguration.MISSING_MESSAGE);
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
