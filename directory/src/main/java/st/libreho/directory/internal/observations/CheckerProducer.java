package st.libreho.directory.internal.observations;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;
import st.libreho.directory.internal.DirectoryConfig;
import st.libreho.platform.web.PlatformConfig;

/** The checker the platform uses, from {@code librehosters.directory.observations.*}; tests may put their own. */
@ApplicationScoped
public class CheckerProducer {

    /** How long to wait before asking again a NodeInfo host that answered a server error (its protocol says retry). */
    static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    @Produces
    @ApplicationScoped
    @DefaultBean
    EvidenceChecker checker(DirectoryConfig config, PlatformConfig platform,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        DirectoryConfig.Observing settings = config.observations();
        return new HttpEvidenceChecker(new CheckerSettings(settings.connectTimeout(), settings.requestTimeout(),
                settings.maxConnections(), settings.certificateNotice(), settings.allowPrivateAddresses(),
                userAgent(version, platform.publicUrl()), null, settings.plainHttpPort(), RETRY_PAUSE,
                Clock.systemUTC()));
    }

    /** Names the platform and where to read about it, so that a member's administrator knows who visits. */
    static String userAgent(String version, String publicUrl) {
        return "LibrehostersPlatform/" + version + " (+" + publicUrl + "/directory/observations)";
    }
}
