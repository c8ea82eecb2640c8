package st.libreho.registry.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.registry.ConfigurationDraft;
import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;
import st.libreho.registry.Finding;
import st.libreho.registry.Software;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionDraft;

/**
 * The registry API's request bodies. Enumerations arrive as text, so that an unknown value is a 422 naming its field
 * rather than a parser's 400.
 */
final class RegistryJson {

    private RegistryJson() {
    }

    record SoftwareJson(String name, String sourceUrl, String licence) {
    }

    record ConfigurationRequest(String owner, String slug, String title, SoftwareJson software, String format,
            List<String> tags, String status, String readme) {

        ConfigurationDraft draft() {
            List<FieldProblem> problems = new ArrayList<>();
            ConfigurationFormat chosenFormat = value(ConfigurationFormat.class, "format", format, problems);
            ConfigurationStatus chosenStatus = value(ConfigurationStatus.class, "status",
                    status == null ? "EXPERIMENTAL" : status, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new ConfigurationDraft(owner, slug, title,
                    software == null ? null : new Software(software.name(), software.sourceUrl(), software.licence()),
                    chosenFormat, tags, chosenStatus, readme);
        }
    }

    record FileJson(String path, String content) {
    }

    record VersionRequest(String version, String changelog, List<FileJson> files, List<Variable> variables) {

        VersionDraft draft() {
            List<ConfigurationFile> given = new ArrayList<>();
            for (FileJson file : files == null ? List.<FileJson> of() : files) {
                if (file == null || file.path() == null || file.content() == null) {
                    throw InvalidInputException.of("files", "invalid", "each file needs a path and a content");
                }
                given.add(new ConfigurationFile(file.path(), file.content()));
            }
            return new VersionDraft(version, changelog, given, variables);
        }
    }

    /** What a publication answers: 201, or 200 for a dry run. */
    record Published(String version, String contentHash, List<Finding> lint, List<Variable> variables,
            boolean stored) {
    }

    /** A refusal: every finding, blocking or not; a secret's value never appears. */
    record Refused(String type, String title, int status, String detail, List<Finding> findings) {
    }

    record CloneRequest(String version, String into, String slug) {
    }

    record BundleRequest(Map<String, String> values, List<String> generate, String format) {
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "required", "is required: one of " + names(type)));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            problems.add(FieldProblem.of(field, "invalid", "must be one of " + names(type), text));
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
