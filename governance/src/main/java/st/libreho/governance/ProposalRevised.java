package st.libreho.governance;

import java.util.List;

/**
 * A proposal's text changed after stances were taken: those stances are stale, and their organisations are asked to
 * confirm. Fired synchronously inside the revising transaction.
 *
 * @param staleOrganisations the organisations whose stance answered an earlier version
 */
public record ProposalRevised(long proposalId, String title, int textVersion, List<String> staleOrganisations) {

    public ProposalRevised {
        staleOrganisations = List.copyOf(staleOrganisations);
    }
}
