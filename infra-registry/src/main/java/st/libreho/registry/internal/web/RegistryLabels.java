package st.libreho.registry.internal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.RequestLanguage;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;

/**
 * The registry's field names, rules and choices in the words of the request's language. Templates read it as
 * {@code inject:regLabels}; the kit's {@code FormErrors} names fields through it.
 */
@Named("regLabels")
@RequestScoped
@TemplateData
public class RegistryLabels implements FieldLabels {

    /** One choice of a select: the submitted value and what the person reads. */
    @TemplateData
    public record Option(String value, String label) {
    }

    /** The prefix of a replicate form's fields, one per variable: {@code values.DOMAIN}, as the facade names them. */
    static final String VALUES = "values.";

    private final RegistryTerms terms;
    private final RegistryMessages messages;
    private final Locale locale;

    public RegistryLabels(RequestLanguage language) {
        this.terms = Bundles.of(RegistryTerms.class, language.get());
        this.messages = Bundles.of(RegistryMessages.class, language.get());
        this.locale = language.locale();
    }

    /** The registry pages' texts in the request's language, for Java code. */
    public RegistryMessages messages() {
        return messages;
    }

    public RegistryTerms terms() {
        return terms;
    }

    @Override
    public String field(String name) {
        if (name.startsWith(VALUES)) {
            return name.substring(VALUES.length()); // a variable is called by its name, in every language
        }
        if (name.startsWith("file-")) {
            return messages.publish_file(fileNumber(name));
        }
        return switch (name) {
            case "owner" -> terms.field_owner();
            case "slug" -> terms.field_slug();
            case "title" -> terms.field_title();
            case "software" -> terms.field_software();
            case "software.name" -> terms.field_software_name();
            case "software.sourceUrl" -> terms.field_software_source();
            case "software.licence" -> terms.field_software_licence();
            case "format" -> terms.field_format();
            case "tags" -> terms.field_tags();
            case "status" -> terms.field_status();
            case "readme" -> terms.field_readme();
            case "version" -> terms.field_version();
            case "changelog" -> terms.field_changelog();
            case "files" -> terms.field_files();
            case "archive" -> terms.field_archive();
            case "into" -> terms.field_into();
            case "newSlug" -> terms.field_new_slug();
            case "from" -> terms.field_from();
            case "to" -> terms.field_to();
            case "bundleFormat" -> terms.field_bundle_format();
            default -> name;
        };
    }

    @Override
    public String problem(FieldProblem problem) {
        return switch (problem.code()) {
            case "required" -> problem.field().startsWith(VALUES) ? terms.problem_value_required()
                    : terms.problem_required();
            case "max_length" -> terms.problem_max_length(number(argument(problem, 0)));
            case "slug" -> terms.problem_slug(argument(problem, 0));
            case "url" -> terms.problem_url();
            case "spdx" -> terms.problem_spdx(argument(problem, 0));
            case "not_free" -> terms.problem_not_free(argument(problem, 0));
            case "tag" -> terms.problem_tag(argument(problem, 0), argument(problem, 1));
            case "too_many" -> terms.problem_too_many(argument(problem, 0));
            case "taken" -> terms.problem_taken();
            case "semver" -> terms.problem_semver();
            case "not_greater" -> terms.problem_not_greater(argument(problem, 0));
            case "unknown" -> problem.field().equals("version") ? terms.problem_unknown_version()
                    : terms.problem_unknown_choice();
            default -> problem.message(); // a rule without a text of its own stays in the facade's English
        };
    }

    /** A limit as the reader writes numbers: 200,000 or 200 000. */
    private String number(String digits) {
        try {
            return String.format(locale, "%,d", Long.parseLong(digits));
        } catch (NumberFormatException notANumber) {
            return digits;
        }
    }

    /** The number at the end of a field's name ({@code file-3-path} is file 3). */
    private static int fileNumber(String field) {
        String[] parts = field.split("-");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String argument(FieldProblem problem, int index) {
        return problem.arguments().size() > index ? problem.arguments().get(index) : "";
    }

    public List<Option> formats() {
        return Arrays.stream(ConfigurationFormat.values()).map(f -> new Option(f.name(), terms.format(f))).toList();
    }

    public List<Option> statuses() {
        return Arrays.stream(ConfigurationStatus.values()).map(s -> new Option(s.name(), terms.status(s))).toList();
    }

    public String format(ConfigurationFormat format) {
        return format == null ? "" : terms.format(format);
    }

    public String status(ConfigurationStatus status) {
        return status == null ? "" : terms.status(status);
    }

    /** A file's change between two versions: added, removed or changed. */
    public String change(String kind) {
        return switch (kind) {
            case "ADDED" -> terms.change_added();
            case "REMOVED" -> terms.change_removed();
            default -> terms.change_modified();
        };
    }
}
