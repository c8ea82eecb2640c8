package st.libreho.directory.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.Commitment;
import st.libreho.directory.StatementChange;
import st.libreho.directory.StatementState;
import st.libreho.directory.StatementView;
import st.libreho.platform.web.ConflictRow;

/**
 * One commitment's part of the statements form: what the person chose ({@code typed}) and, in hidden fields, what
 * the form showed when it was opened ({@code was}). Comparing the two tells what this person changed; comparing
 * {@code was} with what is stored now tells whether someone else changed it meanwhile. Field names carry the
 * commitment's stable id ({@code state-free-software}, {@code was-state-free-software}, ...).
 *
 * @param stored whether the organisation has a statement on this commitment (it can then be changed, not withdrawn)
 */
@TemplateData
public record StatementForm(Commitment commitment, Values typed, Values was, boolean stored) {

    static final String NONE = "NONE";

    /** A statement's values; {@code state} null is "no statement". */
    @TemplateData
    public record Values(StatementState state, String evidence, String note) {

        static final Values NO_STATEMENT = new Values(null, null, null);

        public Values {
            evidence = blankToNull(evidence);
            note = blankToNull(note);
        }

        static Values of(StatementView statement) {
            return statement == null ? NO_STATEMENT
                    : new Values(statement.state(), statement.evidenceUrl(), statement.note());
        }

        StatementChange.Values asChange() {
            return new StatementChange.Values(state, evidence, note);
        }

        /** The state as the form sends it. */
        public String stateValue() {
            return state == null ? NONE : state.name();
        }
    }

    /** A radio button of the state question. */
    @TemplateData
    public record Choice(String id, String value, String label, boolean checked) {
    }

    /** The form as first shown: what is stored. */
    public static StatementForm of(Commitment commitment, StatementView statement) {
        Values stored = Values.of(statement);
        return new StatementForm(commitment, stored, stored, statement != null);
    }

    /** Every commitment's part of a submitted form; a commitment the form did not carry is left out. */
    public static Map<Commitment, StatementForm> allFrom(MultivaluedMap<String, String> body) {
        Map<Commitment, StatementForm> forms = new LinkedHashMap<>();
        for (Commitment commitment : Commitment.values()) {
            String id = commitment.id();
            if (!body.containsKey("was-state-" + id)) {
                continue;
            }
            Values typed = new Values(state(body.getFirst("state-" + id)), body.getFirst("evidence-" + id),
                    body.getFirst("note-" + id));
            Values was = new Values(state(body.getFirst("was-state-" + id)), body.getFirst("was-evidence-" + id),
                    body.getFirst("was-note-" + id));
            forms.put(commitment, new StatementForm(commitment, typed, was, false));
        }
        return forms;
    }

    /**
     * The commitments whose state the form sent is none of the choices (only a forged or broken form sends one): they
     * are refused, rather than read as "no statement" and reported saved.
     */
    public static List<Commitment> unknownStates(MultivaluedMap<String, String> body) {
        List<Commitment> unknown = new ArrayList<>();
        for (Commitment commitment : Commitment.values()) {
            String value = body.getFirst("state-" + commitment.id());
            if (value != null && !value.isBlank() && !NONE.equals(value) && state(value) == null) {
                unknown.add(commitment);
            }
        }
        return unknown;
    }

    /** What the directory is asked to do with this commitment: the typed values, and those the form was opened with. */
    public StatementChange change() {
        return new StatementChange(commitment, typed.asChange(), was.asChange());
    }

    public boolean changedByThisPerson() {
        return !typed.equals(was);
    }

    /** Shown again over what is stored now, so that saving again applies the typed values on purpose. */
    public StatementForm over(StatementView current) {
        return new StatementForm(commitment, typed, Values.of(current), current != null);
    }

    public String id() {
        return commitment.id();
    }

    public String stateField() {
        return "state-" + commitment.id();
    }

    public String evidenceField() {
        return "evidence-" + commitment.id();
    }

    public String noteField() {
        return "note-" + commitment.id();
    }

    /** The form field where the directory's problem with a statement's field belongs. */
    public String fieldFor(String directoryField) {
        return switch (directoryField) {
            case "evidenceUrl" -> evidenceField();
            case "note" -> noteField();
            default -> stateField();
        };
    }

    /** The state question's choices; "no statement" only while there is none, as a statement cannot be withdrawn. */
    public List<Choice> choices(Labels labels) {
        List<Choice> choices = new ArrayList<>();
        for (StatementState option : StatementState.values()) {
            choices.add(new Choice(stateField() + "-" + option.name().toLowerCase(Locale.ROOT), option.name(),
                    labels.state(option), option == typed.state()));
        }
        if (!stored) {
            choices.add(new Choice(stateField() + "-none", NONE, labels.state(null), typed.state() == null));
        }
        // the first radio carries the question's id, so that a link from the error summary lands on it
        Choice first = choices.get(0);
        choices.set(0, new Choice(stateField(), first.value(), first.label(), first.checked()));
        return choices;
    }

    /** Where another delegate's statement differs from this person's, for the side-by-side table. */
    public List<ConflictRow> conflictWith(Values theirs, Labels labels) {
        String title = labels.commitment(commitment) + ", ";
        List<ConflictRow> rows = new ArrayList<>();
        if (typed.state() != theirs.state()) {
            rows.add(new ConflictRow(stateField(), title + labels.field("state"), labels.state(theirs.state()),
                    labels.state(typed.state())));
        }
        if (!Objects.equals(typed.evidence(), theirs.evidence())) {
            rows.add(new ConflictRow(evidenceField(), title + labels.field("evidenceUrl"), theirs.evidence(),
                    typed.evidence()));
        }
        if (!Objects.equals(typed.note(), theirs.note())) {
            rows.add(new ConflictRow(noteField(), title + labels.field("note"), theirs.note(), typed.note()));
        }
        return rows;
    }

    private static StatementState state(String value) {
        if (value == null || value.isBlank() || NONE.equals(value)) {
            return null;
        }
        try {
            return StatementState.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
