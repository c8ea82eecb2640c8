package st.libreho.registry.internal.checks;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import st.libreho.registry.Severity;

/**
 * One rule of the rules file ({@code registry/secret-rules.yaml}).
 *
 * @param id stable, for people and scripts; the finding's rule
 * @param description what it finds, in English; starts the finding's message
 * @param kind how it looks at a file
 * @param severity whether its findings block publishing
 * @param pattern for {@link Kind#PATTERN}: what it looks for; the group "secret" is the value to mask
 * @param keywords for {@link Kind#PATTERN}: in lower case; a file holding none of them is not searched
 * @param requireHighEntropy for {@link Kind#PATTERN}: the secret must also look generated (a password in a URL)
 * @param strength for {@link Kind#ASSIGNMENT}: which literal values it takes
 * @param truePositives texts it must find
 * @param trueNegatives texts it must not find
 */
record SecretRule(String id, String description, Kind kind, Severity severity, Pattern pattern, List<String> keywords,
        boolean requireHighEntropy, Strength strength, List<String> truePositives, List<String> trueNegatives) {

    /** How a rule looks at a file. */
    enum Kind {
        /** A regular expression over the whole file. */
        PATTERN,
        /** The literal values given to secret-looking names. */
        ASSIGNMENT
    }

    /** Which literal values an assignment rule takes. */
    enum Strength {
        /** Values that look generated: a credential. */
        HIGH,
        /** Other literal values: a fixed secret every deployment would share. */
        WEAK
    }

    SecretRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        if (kind == Kind.PATTERN) {
            Objects.requireNonNull(pattern, "pattern of " + id);
        } else {
            Objects.requireNonNull(strength, "strength of " + id);
        }
        keywords = List.copyOf(keywords);
        truePositives = List.copyOf(truePositives);
        trueNegatives = List.copyOf(trueNegatives);
    }

    /** Whether a file (its text in lower case) may hold what this rule looks for. */
    boolean mayMatch(String lowerCaseText) {
        if (keywords.isEmpty()) {
            return true;
        }
        for (String keyword : keywords) {
            if (lowerCaseText.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
