package st.libreho.directory;

/**
 * An organisation a person acts for through its delegation.
 *
 * @param member whether the organisation is a member of the network (so the person speaks for a member)
 */
public record OrganisationMembership(long organisationId, String slug, String name, boolean member) {
}
