package st.libreho.governance.internal.web.care;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.governance.IncidentState;

/**
 * The texts of the care team's and the incident reports' pages (templates read them as {@code care:}). English is the
 * default here, except for the enum constants (Qute's enum localization: {@code state_$<CONSTANT>}), whose English is
 * in {@code messages/care.properties}; French is in {@code messages/care_fr.properties}, and a test checks that both
 * have every key.
 */
@MessageBundle("care")
public interface CareMessages {

    @Message
    String state(IncidentState state);

    // --- the care team --------------------------------------------------------------------------------------

    @Message("Care team")
    String team_title();

    @Message("The care team handles reports of behaviour that breaks the network's code of conduct. A report is "
            + "confidential: only you and the care team read it, never the public pages, feeds or exports; a member "
            + "of the care team whom a report concerns does not read it.")
    String team_lead();

    @Message("Who reads the reports")
    String team_members_title();

    @Message("The care team has {count} people. Sign in to see who they are and to report an incident.")
    String team_count(long count);

    @Message("No care team is named yet. The members name it with a care-team proposal.")
    String team_none();

    @Message("You are in the care team.")
    String team_you();

    @Message("named by decision {id}")
    String team_named_by(long id);

    @Message("named when the platform started")
    String team_named_at_start();

    @Message("Report an incident")
    String team_report();

    @Message("Reports you may read")
    String team_reports();

    @Message("The members change the care team with a care-team proposal.")
    String team_change();

    @Message("Name the first care team")
    String bootstrap_title();

    @Message("As an operator, you may name the first care team while none is named. After that, only an adopted "
            + "care-team proposal changes it.")
    String bootstrap_lead();

    @Message("Name the care team")
    String bootstrap_button();

    @Message("The care team is named.")
    String notice_named();

    @Message("The care team is named already: only an adopted care-team proposal changes it.")
    String problem_named();

    // --- reports --------------------------------------------------------------------------------------------

    @Message("Incident reports")
    String reports_title();

    @Message("The reports you may read: those you filed and, if you are in the care team, those it handles (except "
            + "any that concerns you).")
    String reports_lead();

    @Message("No report to show.")
    String reports_none();

    @Message("Report {id}")
    String report_title(long id);

    @Message("Reported")
    String report_when();

    @Message("By")
    String report_by();

    @Message("Concerns")
    String report_concerns();

    @Message("State")
    String report_state();

    @Message("yours")
    String report_own();

    @Message("The care team has your report. They may write to you at the address you signed in with.")
    String report_for_reporter();

    @Message("The care team's notes")
    String notes_title();

    @Message("No note yet.")
    String notes_none();

    @Message("Notes are read by the care team only.")
    String notes_hint();

    @Message("Add the note")
    String note_button();

    @Message("Change the state")
    String state_button();

    @Message("The note is added.")
    String notice_noted();

    @Message("The state is changed.")
    String notice_state();

    @Message("Your report is filed. Only you and the care team can read it.")
    String notice_filed();

    @Message("Report an incident")
    String create_title();

    @Message("Say what happened. Only the care team reads it, and you. If you name the people it concerns, a member "
            + "of the care team among them will not read it.")
    String create_lead();

    @Message("No care team is named yet: your report will wait for it.")
    String create_no_team();

    @Message("File the report")
    String create_button();

    // --- fields and problems ----------------------------------------------------------------------------------

    @Message("What happened")
    String field_text();

    @Message("People it concerns")
    String field_concerned();

    @Message("Their e-mail addresses, one per line (optional).")
    String hint_concerned();

    @Message("Note")
    String field_body();

    @Message("Addresses of the care team")
    String field_emails();

    @Message("One e-mail address per line.")
    String hint_emails();

    @Message("State")
    String field_state();

    @Message("is required")
    String problem_required();

    @Message("is too long: at most {max} characters")
    String problem_max_length(String max);

    @Message("line {line} is not an e-mail address")
    String problem_invalid_email(String line);

    @Message("names too many addresses: at most {max}")
    String problem_too_many(String max);

    // --- the care team's e-mail -------------------------------------------------------------------------------

    @Message("Librehosters: a new incident report")
    String mail_subject();

    @Message("A new incident report was filed for the care team. Read it once signed in:\n\n{url}\n\nThis message "
            + "does not quote the report: only the platform holds it.")
    String mail_body(String url);
}
