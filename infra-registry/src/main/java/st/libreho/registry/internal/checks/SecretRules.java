package st.libreho.registry.internal.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import st.libreho.registry.Severity;

/**
 * The rules file read into rules, secret-looking names, dummies and the high-entropy thresholds, with the examples
 * beside each. Read once ({@link #standard()}); a file that does not make sense stops the application at its first
 * use rather than letting a secret through.
 *
 * @param rules in the order of the file, which is the order of precedence when two rules find the same value
 */
record SecretRules(List<SecretRule> rules, SecretNames secretNames, Dummies dummies, HighEntropy highEntropy,
        Examples secretNameExamples, Examples dummyExamples, Examples highEntropyExamples) {

    static final String RESOURCE = "/registry/secret-rules.yaml";

    /**
     * Texts an entry must find ({@code positives}) and must leave alone ({@code negatives}).
     *
     * @param positives texts it must find
     * @param negatives texts it must not find
     */
    record Examples(List<String> positives, List<String> negatives) {
    }

    private static final class Standard {
        static final SecretRules RULES = read(RESOURCE);
    }

    static SecretRules standard() {
        return Standard.RULES;
    }

    static SecretRules read(String resource) {
        try (InputStream in = SecretRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no secret rules at " + resource);
            }
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SecretRules parse(Map<String, Object> file) {
        Map<String, Object> names = map(file, "secretNames");
        Map<String, Object> dummies = map(file, "dummies");
        Map<String, Object> entropy = map(file, "highEntropy");
        List<SecretRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : list(file, "rules")) {
            SecretRule rule = rule(cast(entry, "rule"));
            if (!ids.add(rule.id())) {
                throw new IllegalStateException("two secret rules are named " + rule.id());
            }
            rules.add(rule);
        }
        return new SecretRules(List.copyOf(rules),
                new SecretNames(pattern(names, "pattern"), pattern(names, "exceptPattern")),
                new Dummies(Set.copyOf(lowerCase(strings(dummies, "values"))),
                        List.copyOf(lowerCase(strings(dummies, "markers")))),
                new HighEntropy(((Number) entropy.get("minLength")).intValue(),
                        ((Number) entropy.get("shareOfMaximum")).doubleValue(),
                        ((Number) entropy.get("minCharacterClasses")).intValue(), pattern(entropy, "wordsPattern")),
                examples(names), examples(dummies), examples(entropy));
    }

    private static SecretRule rule(Map<String, Object> entry) {
        String id = string(entry, "id");
        SecretRule.Kind kind = SecretRule.Kind.valueOf(string(entry, "kind").toUpperCase(Locale.ROOT));
        Object strength = entry.get("strength");
        return new SecretRule(id, string(entry, "description"), kind, Severity.valueOf(string(entry, "severity")),
                entry.containsKey("pattern") ? pattern(entry, "pattern") : null,
                lowerCase(entry.containsKey("keywords") ? strings(entry, "keywords") : List.of()),
                Boolean.TRUE.equals(entry.get("requireHighEntropy")),
                strength == null ? null : SecretRule.Strength.valueOf(strength.toString().toUpperCase(Locale.ROOT)),
                strings(entry, "truePositives"), strings(entry, "trueNegatives"));
    }

    private static Examples examples(Map<String, Object> entry) {
        return new Examples(strings(entry, "truePositives"), strings(entry, "trueNegatives"));
    }

    private static Pattern pattern(Map<String, Object> entry, String key) {
        try {
            return Pattern.compile(string(entry, key));
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("bad " + key + " in the secret rules: " + e.getMessage(), e);
        }
    }

    private static String string(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("secret rules: " + key + " missing in " + entry.get("id"));
        }
        return value.toString();
    }

    private static List<String> strings(Map<String, Object> entry, String key) {
        return list(entry, key).stream().map(String::valueOf).toList();
    }

    private static List<String> lowerCase(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<?> list(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("secret rules: " + key + " should be a list in " + entry.get("id"));
        }
        return list;
    }

    private static Map<String, Object> map(Map<String, Object> entry, String key) {
        return cast(entry.get(key), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("secret rules: " + what + " should be a mapping");
        }
        return (Map<String, Object>) value;
    }
}
