package st.libreho.registry.internal.files;

import java.util.List;

/**
 * A generated {@code .env}, and what keeps it from being complete.
 *
 * @param text the file's text; it holds the values, secrets included: never log it, never store it
 * @param missingRequired the required variables left without a value, in the manifest's order
 * @param unknown the names given a value or asked to be generated that the manifest does not declare, sorted
 */
public record EnvResult(String text, List<String> missingRequired, List<String> unknown) {

    public EnvResult {
        missingRequired = List.copyOf(missingRequired);
        unknown = List.copyOf(unknown);
    }

    /** Whether the file can be handed out: every required variable has a value, and no name is unknown. */
    public boolean complete() {
        return missingRequired.isEmpty() && unknown.isEmpty();
    }

    /** Not the text: a result that ends up in a log or an exception message must not carry the secrets. */
    @Override
    public String toString() {
        return "EnvResult[missingRequired=" + missingRequired + ", unknown=" + unknown + "]";
    }
}
