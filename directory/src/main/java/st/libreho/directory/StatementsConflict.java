package st.libreho.directory;

import java.util.Set;

/**
 * What a {@code ConcurrentChangeException} from {@code Directory.putStatements} carries: the organisation as it is
 * now, and the commitments whose statement someone else changed since the form was opened and this person changed
 * too.
 */
public record StatementsConflict(OrganisationProfile current, Set<Commitment> changedMeanwhile) {

    public StatementsConflict {
        changedMeanwhile = Set.copyOf(changedMeanwhile);
    }
}
