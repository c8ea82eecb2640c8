package st.libreho.registry.internal.checks;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value written in a file is, seen from the secret scanner: a reference to a secret kept elsewhere (a
 * placeholder, a secret file, an encrypted or templated value), a file path, prose, a dummy, or a literal that is
 * weak or looks generated. Only literals are ever findings.
 */
final class Literals {

    /** What a value is, from the scanner's point of view. */
    enum Kind {
        /** Empty, a reference, a path, a boolean, prose: nothing to say about it. */
        NOT_A_LITERAL,
        /** An obvious dummy ({@code changeme}, {@code xyz}): shows where a secret goes. */
        DUMMY,
        /** A literal a person chose, or short: a fixed default at worst. */
        WEAK,
        /** A literal that looks generated: a credential. */
        HIGH
    }

    /** Longer values are documents, not credentials (a key block is found by its own rule). */
    static final int LONGEST = 4096;

    private static final Set<String> NOT_VALUES = Set.of("null", "~", "true", "false", "yes", "no", "on", "off",
            "none", "nil", "undefined");
    /** Placeholders, command substitutions, templates, secret files, encrypted values, vault references. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{|\\$\\(|\\$[A-Za-z_]|\\{\\{|\\{%|<%|(?<![A-Za-z0-9_])__[A-Z][A-Z0-9_]*__(?![A-Za-z0-9_])"
                    + "|/run/secrets/|^ENC\\[|^(?:vault|op|secret|ref|arn|projects/[^/]+/secrets)[:/]|^sops:");
    private static final Pattern PATH = Pattern.compile(
            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)|\\.(?i:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|txt|env|gpg|asc|pub)$");

    private Literals() {
    }

    static Kind classify(String value, Dummies dummies, HighEntropy highEntropy) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > LONGEST || isReference(trimmed) || isPath(trimmed)
                || hasWhitespace(trimmed)
                || NOT_VALUES.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return Kind.NOT_A_LITERAL;
        }
        if (dummies.test(trimmed)) {
            return Kind.DUMMY;
        }
        return highEntropy.test(trimmed) ? Kind.HIGH : Kind.WEAK;
    }

    static boolean isReference(String value) {
        return REFERENCE.matcher(value).find();
    }

    static boolean isPath(String value) {
        return PATH.matcher(value).find();
    }

    /** Secrets are single words; a value with spaces is a sentence ("set this to your key"). */
    private static boolean hasWhitespace(String value) {
        return value.chars().anyMatch(Character::isWhitespace);
    }
}
