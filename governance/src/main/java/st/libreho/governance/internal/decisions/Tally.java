package st.libreho.governance.internal.decisions;

/**
 * The counts behind a verdict, for the proposal's page and the decision log. Only counting organisations (eligible,
 * not the one concerned) appear in it.
 *
 * @param eligible
 *        how many organisations count (the eligible ones, less the one concerned)
 * @param required
 *        stances needed for quorum: the quorum share of {@code eligible}, rounded up, at least 1
 * @param counted
 *        non-stale stances of counting organisations
 * @param support
 *        of those, how many agree (with or without reservations)
 * @param staleStances
 *        stances of counting organisations waiting to be confirmed after the text changed
 * @param openObjections
 *        open objections of counting organisations, including an objecting stance the ledger has no line for
 * @param addressedObjections
 *        objections answered in writing but not accommodated
 * @param accommodatedObjections
 *        objections met by changing the text
 * @param withdrawnObjections
 *        objections their organisation withdrew
 * @param quorumReached
 *        at least {@code required} counted stances, and at least one organisation counts
 * @param supportReached
 *        at least the rules' minimum support
 */
public record Tally(int eligible, int required, int counted, int support, int staleStances, int openObjections,
        int addressedObjections, int accommodatedObjections, int withdrawnObjections, boolean quorumReached,
        boolean supportReached) {
}
