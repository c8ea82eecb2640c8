package st.libreho.governance;

import java.time.Instant;

/**
 * An incident report in its reader's list, without its text.
 *
 * @param own whether the person reading the list filed it
 */
public record IncidentReportSummary(long id, String reporterName, Instant reportedAt, IncidentState state,
        boolean own) {
}
