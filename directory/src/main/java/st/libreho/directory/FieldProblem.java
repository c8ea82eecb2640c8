package st.libreho.directory;

/** A field of an input and what is wrong with it, in plain English. */
public record FieldProblem(String field, String message) {
}
