package st.libreho.governance.internal.web.join;

import jakarta.enterprise.context.RequestScoped;

import st.libreho.governance.internal.web.GovernanceLabels;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.RequestLanguage;

/** The application form's field names in the reader's language; problems read as on the proposals' pages. */
@RequestScoped
public class JoinLabels implements FieldLabels {

    private final JoinMessages messages;
    private final GovernanceLabels governance;

    public JoinLabels(RequestLanguage language, GovernanceLabels governance) {
        this.messages = Bundles.of(JoinMessages.class, language.get());
        this.governance = governance;
    }

    /** The pages' texts in the request's language, for Java code. */
    public JoinMessages messages() {
        return messages;
    }

    @Override
    public String field(String name) {
        return switch (name) {
            case "slug" -> messages.field_slug();
            case "name" -> messages.field_name();
            case "homeUrl" -> messages.field_home_url();
            case "country" -> messages.field_country();
            case "contactEmail" -> messages.field_contact_email();
            case "motivation", "text" -> messages.field_motivation();
            case "on", "organisation" -> messages.leave_on();
            default -> governance.field(name);
        };
    }

    @Override
    public String problem(FieldProblem problem) {
        return governance.problem(problem);
    }
}
