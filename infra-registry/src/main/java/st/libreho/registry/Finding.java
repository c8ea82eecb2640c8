package st.libreho.registry;

import java.util.Objects;

/**
 * Something a check found in a version's files or settings.
 *
 * @param kind what kind of check found it
 * @param severity whether it blocks publishing
 * @param file the file's path, or null when it is about the version as a whole (its licence, its number)
 * @param line the line from 1, or 0 when it is about a whole file
 * @param rule the rule's id (for a secret, the id of the rule in the rules file; for lint, for example
 *        {@code undeclared-variable}); stable, for people and scripts
 * @param message what is wrong, in English, for a person; a secret's value appears only masked in it
 */
public record Finding(FindingKind kind, Severity severity, String file, int line, String rule, String message) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
