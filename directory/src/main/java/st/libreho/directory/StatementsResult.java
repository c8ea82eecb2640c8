package st.libreho.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import st.libreho.platform.FieldProblem;

/**
 * What became of the changes of a statements form: the organisation as it is now, and the changes refused, each
 * with its problems, in the order they came. An empty {@code refused} means every change is saved.
 */
public record StatementsResult(OrganisationProfile profile, Map<Commitment, List<FieldProblem>> refused) {

    public StatementsResult {
        refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }

    public boolean allSaved() {
        return refused.isEmpty();
    }
}
