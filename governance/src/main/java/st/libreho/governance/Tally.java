package st.libreho.governance;

import java.util.List;

/**
 * Where a proposal stands against its rules now.
 *
 * @param eligible the member organisations that count
 * @param required the stances the quorum asks for
 * @param counted the stances that count (not stale, from an organisation that counts)
 * @param support the counted stances that agree, with or without reservations
 * @param reasons why it would not be adopted by consensus now (keys the pages translate), empty when it would
 */
public record Tally(int eligible, int required, int counted, int support, int staleStances, int openObjections,
        int addressedObjections, boolean quorumReached, boolean supportReached, List<String> reasons) {
}
