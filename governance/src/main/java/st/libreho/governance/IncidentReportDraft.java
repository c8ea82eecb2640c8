package st.libreho.governance;

import java.util.List;

/**
 * What a person reports to the care team.
 *
 * @param text what happened, in the reporter's words (required)
 * @param concerned the e-mail addresses of the people the report concerns, if the reporter names them: a member of the
 *        care team among them does not read the report
 */
public record IncidentReportDraft(String text, List<String> concerned) {

    public IncidentReportDraft {
        concerned = concerned == null ? List.of() : List.copyOf(concerned);
    }
}
