package st.libreho.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.FieldProblem;

/**
 * What is wrong with a submitted form, field by field, so that each message is shown beside its field (and tied to
 * it with {@code aria-describedby}) and listed in a summary at the top of the form.
 */
@TemplateData
public class FormErrors {

    /** One message, with the field's id (to link to it) and its label (to say which field it is). */
    public record Entry(String field, String label, String message) {
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final FieldLabels labels;

    public FormErrors(FieldLabels labels) {
        this.labels = labels;
    }

    public static FormErrors none(FieldLabels labels) {
        return new FormErrors(labels);
    }

    public FormErrors add(String field, String message) {
        return add(field, labels.field(field), message);
    }

    /** For fields whose id differs from the directory's name, e.g. a statement's evidence per commitment. */
    public FormErrors add(String field, String label, String message) {
        byField.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
        entries.add(new Entry(field, label, message));
        return this;
    }

    public FormErrors addAll(List<FieldProblem> problems) {
        problems.forEach(problem -> add(problem.field(), labels.problem(problem)));
        return this;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's messages as one sentence; empty when the field is fine. */
    public String of(String field) {
        return String.join("; ", byField.getOrDefault(field, List.of()));
    }

    public List<Entry> entries() {
        return entries;
    }
}
