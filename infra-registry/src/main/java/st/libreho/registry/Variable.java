package st.libreho.registry;

import java.util.Objects;

/**
 * A variable of a version's manifest: what a person fills in to replicate the service.
 *
 * @param name as the files write it (for example {@code DOMAIN}, {@code db_password})
 * @param description what it is for; may be empty
 * @param defaultValue the value used when none is given; null for none
 * @param required whether a value must be given (a required variable has no default)
 * @param secret whether the value is a secret: never shown back, generated on request
 * @param generation for a secret, how to generate it; null otherwise
 */
public record Variable(String name, String description, String defaultValue, boolean required, boolean secret,
        SecretGeneration generation) {

    public Variable {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}
