package st.libreho.directory.internal.api;

import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.StatementState;

/** The bodies the directory's API accepts. */
final class Requests {

    private Requests() {
    }

    /** A founding member: its slug and entry. */
    record NewOrganisation(String slug, OrganisationDetails details) {
    }

    /** A change to an entry, with the version it was read at. */
    record EntryChange(Long version, OrganisationDetails details) {
    }

    /** A change to a service, with the version it was read at. */
    record ServiceChange(Long version, ServiceDetails details) {
    }

    record Contact(String email, String url) {
    }

    record Statement(StatementState state, String evidenceUrl, String note) {
    }

    record DelegateAddress(String email) {
    }
}
