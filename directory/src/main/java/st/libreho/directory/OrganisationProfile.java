package st.libreho.directory;

import java.util.List;

/** Everything public about an organisation: its entry, services, typed contacts and commitment statements. */
public record OrganisationProfile(OrganisationView organisation, List<ServiceView> services,
        List<ContactView> contacts, List<StatementView> statements) {
}
