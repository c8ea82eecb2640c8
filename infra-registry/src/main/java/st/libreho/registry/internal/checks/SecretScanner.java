package st.libreho.registry.internal.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;

/**
 * Finds credentials in a version's files, by the rules of {@code registry/secret-rules.yaml}: private keys, tokens
 * of well-known shapes, and generated-looking values given to secret-looking names (errors: publishing is refused),
 * and fixed values or defaults of secret-looking names (warnings).
 *
 * <p>
 * A finding names the file, the line (a key block: its BEGIN line) and the rule, and shows the value only masked
 * ({@code ghp_… (40 characters)}). Nothing else of the value leaves this class, and nothing is logged. Immutable and
 * thread-safe; the rules are read once.
 */
public final class SecretScanner {

    private static final SecretScanner STANDARD = new SecretScanner(SecretRules.standard());

    private final SecretRules rules;

    /** A scanner with the standard rules. */
    public SecretScanner() {
        this(SecretRules.standard());
    }

    SecretScanner(SecretRules rules) {
        this.rules = rules;
    }

    /** The scanner with the standard rules, shared. */
    public static SecretScanner standard() {
        return STANDARD;
    }

    /** The findings of every file, file by file in the order given, then by line. */
    public List<Finding> scan(List<ConfigurationFile> files) {
        List<Finding> findings = new ArrayList<>();
        for (ConfigurationFile file : files) {
            findings.addAll(scan(file));
        }
        return List.copyOf(findings);
    }

    private List<Finding> scan(ConfigurationFile file) {
        String text = file.content();
        LineIndex lines = LineIndex.of(text);
        String lowerCase = text.toLowerCase(Locale.ROOT);
        List<Assignments.Assignment> assignments = null;
        NavigableMap<Integer, Hit> hits = new TreeMap<>();
        for (SecretRule rule : rules.rules()) {
            if (rule.kind() == SecretRule.Kind.PATTERN) {
                if (rule.mayMatch(lowerCase)) {
                    matches(rule, text, lines, hits);
                }
            } else {
                if (assignments == null) {
                    assignments = Assignments.in(lines, rules.secretNames()::test);
                }
                assigned(rule, assignments, hits);
            }
        }
        return hits.values().stream().sorted(Comparator.comparingInt(Hit::line).thenComparingInt(Hit::start))
                .map(hit -> new Finding(FindingKind.SECRET, hit.rule().severity(), file.path(), hit.line(),
                        hit.rule().id(), hit.message()))
                .toList();
    }

    private void matches(SecretRule rule, String text, LineIndex lines, NavigableMap<Integer, Hit> hits) {
        boolean secretGroup = rule.pattern().pattern().contains("(?<secret>");
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
            int start = secretGroup ? m.start("secret") : m.start();
            int end = secretGroup ? m.end("secret") : m.end();
            String value = text.substring(start, end);
            if (rules.dummies().test(value) || Literals.isReference(value)
                    || (rule.requireHighEntropy() && !rules.highEntropy().test(value))) {
                continue;
            }
            add(hits, new Hit(rule, lines.lineOf(m.start()), start, end,
                    rule.description() + ": " + Masking.mask(value)));
        }
    }

    private void assigned(SecretRule rule, List<Assignments.Assignment> assignments, NavigableMap<Integer, Hit> hits) {
        Literals.Kind wanted = rule.strength() == SecretRule.Strength.HIGH ? Literals.Kind.HIGH : Literals.Kind.WEAK;
        for (Assignments.Assignment assignment : assignments) {
            if (Literals.classify(assignment.value(), rules.dummies(), rules.highEntropy()) == wanted) {
                add(hits, new Hit(rule, assignment.line(), assignment.start(), assignment.end(), rule.description()
                        + ": " + assignment.name() + " = " + Masking.mask(assignment.value().strip())));
            }
        }
    }

    /**
     * A value found by an earlier rule (the more specific one) is not reported again by a later one. The hits kept
     * never overlap, so the neighbours by start are the only ones to look at.
     */
    private static void add(NavigableMap<Integer, Hit> hits, Hit hit) {
        Map.Entry<Integer, Hit> before = hits.floorEntry(hit.start());
        Map.Entry<Integer, Hit> after = hits.ceilingEntry(hit.start());
        if ((before != null && before.getValue().end() > hit.start())
                || (after != null && after.getValue().start() < hit.end())) {
            return;
        }
        hits.put(hit.start(), hit);
    }

    private record Hit(SecretRule rule, int line, int start, int end, String message) {
    }
}
