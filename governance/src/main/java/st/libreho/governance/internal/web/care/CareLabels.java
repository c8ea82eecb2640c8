package st.libreho.governance.internal.web.care;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.RequestLanguage;

/**
 * The care pages' field names, rules and moments in the words of the request's language. Templates read it as
 * {@code inject:careLabels}; the kit's {@code FormErrors} names fields through it.
 */
@Named("careLabels")
@RequestScoped
@TemplateData
public class CareLabels implements FieldLabels {

    private final CareMessages messages;
    private final Locale locale;

    public CareLabels(RequestLanguage language) {
        this.messages = Bundles.of(CareMessages.class, language.get());
        this.locale = language.locale();
    }

    public CareMessages messages() {
        return messages;
    }

    @Override
    public String field(String name) {
        return switch (name) {
            case "text" -> messages.field_text();
            case "concerned" -> messages.field_concerned();
            case "body" -> messages.field_body();
            case "emails" -> messages.field_emails();
            case "state" -> messages.field_state();
            default -> name;
        };
    }

    @Override
    public String problem(FieldProblem problem) {
        return switch (problem.code()) {
            case "required" -> messages.problem_required();
            case "max_length" -> messages.problem_max_length(number(argument(problem)));
            case "invalid_email" -> messages.problem_invalid_email(argument(problem));
            case "too_many" -> messages.problem_too_many(argument(problem));
            default -> problem.message(); // a rule without a text of its own stays in the facade's English
        };
    }

    /** A limit as the reader writes numbers: 20,000 or 20 000. */
    private String number(String digits) {
        try {
            return String.format(locale, "%,d", Long.parseLong(digits));
        } catch (NumberFormatException notANumber) {
            return digits;
        }
    }

    private static String argument(FieldProblem problem) {
        return problem.arguments().isEmpty() ? "" : problem.arguments().get(0);
    }
}
