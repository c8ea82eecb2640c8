package st.libreho.directory;

import java.time.Instant;

/** A person known to the platform, as other modules and pages see them. */
public record PersonView(long id, String subject, String displayName, String email, boolean emailVerified,
        String preferredLanguage, Instant firstSeenAt, Instant lastSeenAt) {
}
