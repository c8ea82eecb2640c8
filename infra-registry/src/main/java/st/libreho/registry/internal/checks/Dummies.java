package st.libreho.registry.internal.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Obvious dummies: values that show where a secret or a setting goes rather than hold one ({@code changeme},
 * {@code xyz}, {@code <your-token>}, {@code bonfire.example.com}). A dummy is never a leaked secret, and never a
 * default worth proposing. The lists come from the rules file.
 *
 * @param values whole values, in lower case
 * @param markers found anywhere in a value, in lower case
 */
record Dummies(Set<String> values, List<String> markers) {

    /** Below this length a repeated character may be a real setting ("000" as a umask). */
    private static final int REPEATED_FROM = 8;
    /** From this length, under {@link #FLAT_BITS} bits per character is a filler ("xxxxxxxxyyyyyyyy"). */
    private static final int FLAT_FROM = 16;
    private static final double FLAT_BITS = 2.0;

    boolean test(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (values.contains(lower) || (lower.startsWith("<") && lower.endsWith(">"))) {
            return true;
        }
        for (String marker : markers) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        if (value.length() >= REPEATED_FROM && value.chars().distinct().count() == 1) {
            return true;
        }
        return value.length() >= FLAT_FROM && Entropy.bitsPerCharacter(value) < FLAT_BITS;
    }
}
