package st.libreho.directory;

import java.time.Instant;
import java.util.List;

/** Everything the platform holds about one organisation, for its own delegates (data portability). */
public record OrganisationExport(Instant exportedAt, OrganisationProfile profile, List<Delegate> delegation,
        List<HistoryEntry> history) {
}
