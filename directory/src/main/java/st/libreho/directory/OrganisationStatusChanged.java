package st.libreho.directory;

import java.time.Instant;

/** An organisation's status changed (applicant, member, leaving, former member). Fired after the change commits. */
public record OrganisationStatusChanged(long organisationId, String slug, OrganisationStatus from,
        OrganisationStatus to, Instant at, String actor) {
}
