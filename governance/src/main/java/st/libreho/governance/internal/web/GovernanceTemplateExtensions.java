package st.libreho.governance.internal.web;

import io.quarkus.qute.TemplateExtension;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.ObjectionView;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalState;
import st.libreho.governance.ProposalSummary;
import st.libreho.governance.ProposalView;
import st.libreho.governance.TextVersion;

/**
 * Small questions the governance templates ask of the facade's records, and the addresses they link to, so that
 * templates build no address and compare no magic strings.
 */
@TemplateExtension
final class GovernanceTemplateExtensions {

    private GovernanceTemplateExtensions() {
    }

    static String href(ProposalSummary proposal) {
        return GovernanceAddresses.proposal(proposal.id());
    }

    static String href(ProposalView proposal) {
        return GovernanceAddresses.proposal(proposal.id());
    }

    static String versionHref(ProposalView proposal, TextVersion version) {
        return GovernanceAddresses.version(proposal.id(), version.number());
    }

    static boolean isOpen(ProposalView proposal) {
        return proposal.state() == ProposalState.OPEN;
    }

    static boolean isRough(ProposalView proposal) {
        return proposal.outcome() == Outcome.ROUGH_CONSENSUS;
    }

    static boolean isAdopted(ProposalView proposal) {
        return proposal.outcome() != null && proposal.outcome().adopted();
    }

    static boolean isOpen(ObjectionView objection) {
        return objection.state() == ObjectionState.OPEN;
    }

    /** The directory's page of an organisation the pages name by its short name. */
    static String organisationHref(String slug) {
        return GovernanceAddresses.organisation(slug);
    }
}
