package st.libreho.registry.internal.checks;

/**
 * A variable a file uses or sets, where it does and how.
 *
 * @param name the variable's name
 * @param file the file's path
 * @param line the line, from 1
 * @param form how it is used
 * @param value the default ({@link Form#WITH_DEFAULT}), the error text ({@link Form#REQUIRED}) or the value written
 *        ({@link Form#ENV_VALUE}, {@link Form#ENV_COMMENTED}); null for the other forms
 * @param description for a {@code .env} line, the comment line directly above it; null when there is none
 */
record Placeholder(String name, String file, int line, Form form, String value, String description) {

    /** How a file uses a variable. */
    enum Form {
        /** {@code ${VAR}}, {@code $VAR}, {@code {{ var }}}, {@code {{ env "VAR" }}}, {@code __VAR__}: needs a value. */
        REFERENCE,
        /** {@code ${VAR:-x}}, {@code ${VAR-x}}, {@code {{ var | default('x') }}}: falls back on {@code value}. */
        WITH_DEFAULT,
        /** {@code ${VAR:?message}}, {@code ${VAR?message}}: must be set; {@code value} says why. */
        REQUIRED,
        /** {@code ${VAR:+x}}, a compose {@code environment:} entry passed through: fine when unset. */
        OPTIONAL,
        /** {@code VAR=value} in a {@code .env} file: sets it. */
        ENV_VALUE,
        /** {@code #VAR=value} in a {@code .env} file: shipped unset, {@code value} is an example. */
        ENV_COMMENTED
    }
}
