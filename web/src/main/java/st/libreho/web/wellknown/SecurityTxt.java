package st.libreho.web.wellknown;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.PlatformConfig;

/**
 * The platform's own {@code security.txt} (RFC 9116): whom to tell of a vulnerability of the platform, from
 * {@link SecurityTxtConfig}. Not kept by the visitor cache: its {@code Expires:} moves with the date, and writing it
 * costs less than a lookup.
 */
@Path(SecurityTxt.PATH)
@Tag(name = "The platform itself")
public class SecurityTxt {

    static final String PATH = "/.well-known/security.txt";
    static final String MEDIA_TYPE = "text/plain; charset=utf-8";
    /** How far ahead {@code Expires:} is: well under the year RFC 9116 recommends as the most. */
    static final Duration VALIDITY = Duration.ofDays(180);

    private static final Logger LOG = Logger.getLogger(SecurityTxt.class);

    private final SecurityTxtConfig config;
    private final PlatformConfig platform;

    public SecurityTxt(SecurityTxtConfig config, PlatformConfig platform) {
        this.config = config;
        this.platform = platform;
    }

    void warnWithoutContact(@Observes StartupEvent started) {
        if (contacts().isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("No security contact is configured (LIBREHOSTERS_SECURITY_CONTACT): "
                    + PATH + " answers 404 until one is");
        }
    }

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "The platform's security.txt (RFC 9116)", description = "Contact, Expires (180 days ahead,"
            + " at midnight UTC), Preferred-Languages, Canonical and, when configured, Policy. 404 when no contact"
            + " is configured.")
    public Response securityTxt() {
        List<String> contacts = contacts();
        if (contacts.isEmpty()) {
            throw new NotFoundException("This platform has no security contact configured.");
        }
        StringBuilder text = new StringBuilder();
        text.append("# Whom to tell of a vulnerability of the platform at ").append(platform.publicUrl())
                .append(" (RFC 9116)\n");
        contacts.forEach(contact -> text.append("Contact: ").append(contact).append('\n'));
        // whole days, so that the file reads the same all day long
        Instant expires = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(VALIDITY);
        text.append("Expires: ").append(expires).append('\n');
        text.append("Preferred-Languages: ").append(String.join(", ", config.preferredLanguages())).append('\n');
        text.append("Canonical: ").append(platform.publicUrl()).append(PATH).append('\n');
        config.policy().filter(policy -> !policy.isBlank())
                .ifPresent(policy -> text.append("Policy: ").append(policy.strip()).append('\n'));
        return Response.ok(text.toString(), MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
    }

    /** The configured contacts as URIs: a bare e-mail address becomes a {@code mailto:} one. */
    List<String> contacts() {
        return config.contact().orElse(List.of()).stream().map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.contains(":") || !c.contains("@") ? c : "mailto:" + c)
                .toList();
    }
}
