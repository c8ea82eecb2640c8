package st.libreho.governance;

import java.time.Instant;
import java.util.List;

/**
 * A confidential incident report as its reader may read it: the reporter, or a member of the care team the report does
 * not concern. Never public, never in a feed, an export or a log.
 *
 * @param concerned the addresses of the people it concerns, lower case
 * @param notes the care team's notes, oldest first; empty for the reporter, for whom they are not meant
 * @param readAsCareTeam whether the person reads it as a member of the care team (who writes notes and moves its state)
 *        rather than as its reporter
 */
public record IncidentReportView(long id, String reporterName, String reporterEmail, List<String> concerned,
        String text, Instant reportedAt, IncidentState state, List<IncidentNoteView> notes, boolean readAsCareTeam) {

    public IncidentReportView {
        concerned = List.copyOf(concerned);
        notes = List.copyOf(notes);
    }
}
