package st.libreho.governance.internal.web.care;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.governance.IncidentReportDraft;

/** The report form as typed, kept as text so that a refused form shows it again exactly. */
@TemplateData
public record IncidentForm(@RestForm String text, @RestForm String concerned) {

    static IncidentForm blank() {
        return new IncidentForm("", "");
    }

    /** The addresses one per line. */
    IncidentReportDraft draft() {
        List<String> addresses = concerned == null ? List.of() : concerned.lines().toList();
        return new IncidentReportDraft(text, addresses);
    }
}
