package st.libreho.directory;

import java.time.Instant;

/** An organisation's entry; {@code version} is what a later update must carry to detect concurrent edits. */
public record OrganisationView(long id, String slug, OrganisationStatus status, OrganisationDetails details,
        long version, Instant createdAt, Instant updatedAt) {
}
