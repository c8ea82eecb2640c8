package st.libreho.directory;

/** A service in the cross-member list, with the organisation that offers it. */
public record ServiceListing(ServiceView service, String organisationSlug, String organisationName,
        String country) {
}
