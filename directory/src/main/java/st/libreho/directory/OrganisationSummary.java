package st.libreho.directory;

import java.util.List;

/** An organisation as a list shows it, with the categories of the services it offers. */
public record OrganisationSummary(String slug, String name, String tagline, List<String> languages, String country,
        LegalStructure legalStructure, OrganisationStatus status, List<ServiceCategory> serviceCategories,
        boolean openRegistration) {
}
