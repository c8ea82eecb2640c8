package st.libreho.directory;

/**
 * An organisation a person acts for, and in which capacity.
 *
 * @param organisationId the organisation's id
 * @param slug the organisation's slug, for links
 * @param name the organisation's name
 * @param delegate whether the person is in the organisation's delegation
 */
public record OrganisationMembership(long organisationId, String slug, String name, boolean delegate) {
}
