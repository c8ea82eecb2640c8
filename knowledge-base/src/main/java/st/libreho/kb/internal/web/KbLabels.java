package st.libreho.kb.internal.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.kb.Visibility;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.RequestLanguage;

/**
 * The knowledge base's field names, rules, languages and visibilities in the words of the request's language.
 * Templates read it as {@code inject:kbLabels}.
 */
@Named("kbLabels")
@RequestScoped
@TemplateData
public class KbLabels implements FieldLabels {

    /** One choice of a select: the submitted value and what the person reads. */
    @TemplateData
    public record Option(String value, String label) {
    }

    /** The languages a page may be written in, named in each reader's language: the same for every request. */
    private static final Map<String, List<Option>> LANGUAGES = new ConcurrentHashMap<>();

    private final KbMessages kb;
    private final Locale locale;

    public KbLabels(RequestLanguage language) {
        this.kb = Bundles.of(KbMessages.class, language.get());
        this.locale = language.locale();
    }

    /** The knowledge base's texts in the request's language, for Java code. */
    public KbMessages messages() {
        return kb;
    }

    @Override
    public String field(String name) {
        return switch (name) {
            case "path" -> kb.field_path();
            case "newPath" -> kb.field_new_path();
            case "title" -> kb.field_title();
            case "language" -> kb.field_language();
            case "visibility" -> kb.field_visibility();
            case "markdown" -> kb.field_markdown();
            case "summary" -> kb.field_summary();
            case "tags" -> kb.field_tags();
            case "baseRevision" -> kb.field_base_revision();
            case "revision" -> kb.field_revision();
            default -> name;
        };
    }

    @Override
    public String problem(FieldProblem problem) {
        return switch (problem.code()) {
            case "required" -> kb.problem_required();
            case "max_length" -> kb.problem_max_length(problem.arguments().isEmpty() ? "?"
                    : String.format(locale, "%,d", Long.parseLong(problem.arguments().get(0))));
            case "path_characters" -> kb.problem_path_characters();
            case "path_reserved" -> kb.problem_path_reserved();
            case "language" -> kb.problem_language();
            case "path_taken" -> kb.problem_path_taken();
            case "same_path" -> kb.problem_same_path();
            case "unknown_revision" -> kb.problem_unknown_revision();
            case "tag_characters" -> kb.problem_tag_characters(argument(problem, 0), argument(problem, 1));
            case "tag_length" -> kb.problem_tag_length(argument(problem, 0), argument(problem, 1));
            case "too_many_tags" -> kb.problem_too_many_tags(argument(problem, 0));
            default -> problem.message(); // a rule without a text of its own stays in the facade's English
        };
    }

    /** Why no page can be at this path, naming it: the first problem the knowledge base found with it. */
    public String pathRefused(String path, InvalidInputException refused) {
        return kb.path_refused(path, problem(refused.problems().get(0)));
    }

    private static String argument(FieldProblem problem, int index) {
        return problem.arguments().size() > index ? problem.arguments().get(index) : "";
    }

    /** A language's name in the reader's language, from its ISO 639-1 code. */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : capitalised(name);
    }

    public String visibility(Visibility visibility) {
        return visibility == Visibility.MEMBERS ? kb.visibility_members() : kb.visibility_public();
    }

    /** Every ISO 639-1 language, named in the reader's language and sorted as they sort words. */
    public List<Option> languages() {
        return LANGUAGES.computeIfAbsent(locale.getLanguage(), key -> {
            Collator collator = Collator.getInstance(locale);
            return Stream.of(Locale.getISOLanguages()).map(code -> new Option(code, language(code)))
                    .sorted(Comparator.comparing(Option::label, collator)).toList();
        });
    }

    /** A list of tags as a reader reads it: "backup, email", or "none". */
    public String tags(List<String> tags) {
        return tags.isEmpty() ? kb.diff_no_tags() : String.join(", ", tags);
    }

    public List<Option> visibilities() {
        return List.of(new Option(Visibility.PUBLIC.name(), kb.visibility_public()),
                new Option(Visibility.MEMBERS.name(), kb.visibility_members()));
    }

    private String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
