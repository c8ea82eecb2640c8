package st.libreho.directory;

/** A failing observation in the network's list, with the organisation it concerns. */
public record FailingObservation(String slug, String organisationName, OrganisationStatus status,
        Observation observation) {
}
