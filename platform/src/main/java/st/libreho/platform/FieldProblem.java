package st.libreho.platform;

import java.util.List;

/**
 * A field of an input and what is wrong with it.
 *
 * @param message the problem in plain English (the API's wording)
 * @param code a stable name for the rule, so that pages can say it in the reader's language, e.g.
 *        {@code max_length}; {@code invalid} when no finer rule applies
 * @param arguments the values the message quotes, in order (a limit, the offending value)
 */
public record FieldProblem(String field, String message, String code, List<String> arguments) {

    public FieldProblem {
        code = code == null ? "invalid" : code;
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldProblem(String field, String message) {
        this(field, message, "invalid", List.of());
    }

    public static FieldProblem of(String field, String code, String message, Object... arguments) {
        return new FieldProblem(field, message, code,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
