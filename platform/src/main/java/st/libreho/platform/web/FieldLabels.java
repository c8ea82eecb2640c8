package st.libreho.platform.web;

import st.libreho.platform.FieldProblem;

/**
 * A module's words for its form fields and its rules, in the request's language. The kit's {@link FormErrors} and
 * {@link ConflictRow} name fields through it, so that each module keeps its vocabulary in its own bundle.
 */
public interface FieldLabels {

    /** The label of a field, by the name the facade uses for it. */
    String field(String name);

    /** A field problem said in the reader's language, from its rule code and arguments. */
    String problem(FieldProblem problem);
}
