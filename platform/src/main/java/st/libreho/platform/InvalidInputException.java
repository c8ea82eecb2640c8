package st.libreho.platform;

import java.util.List;

/** Input that breaks a rule; names every bad field so that a form can show each message beside its field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** One problem with a rule's code, so that pages can translate it; see {@link FieldProblem}. */
    public static InvalidInputException of(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(FieldProblem.of(field, code, message, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
