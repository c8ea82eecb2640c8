package st.libreho.registry.internal.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;
import st.libreho.registry.FindingKind;
import st.libreho.registry.SecretGeneration;
import st.libreho.registry.Severity;
import st.libreho.registry.Variable;

/**
 * Checks that a version's files and its variables manifest agree, and that its YAML and JSON files parse.
 * <ul>
 * <li>errors: a YAML or JSON file that does not parse (at the parser's line), a variable used and not declared (at
 * its first use), a name declared twice, a name that is not {@code [A-Za-z_][A-Za-z0-9_]*} of at most 100
 * characters, a secret generation outside 8 to 256 characters or without an alphabet;</li>
 * <li>warnings: a variable declared and never used, a required variable with a default.</li>
 * </ul>
 * "Used" means any of the syntaxes {@link Placeholders} reads, the same ones {@link VariableExtractor} proposes a
 * manifest from, so a proposed manifest never fails the lint on its own files. Findings about the manifest as a
 * whole have no file and line 0. Immutable and thread-safe.
 */
public final class ManifestLint {

    public static final String UNDECLARED_VARIABLE = "undeclared-variable";
    public static final String UNUSED_VARIABLE = "unused-variable";
    public static final String REQUIRED_WITH_DEFAULT = "required-with-default";
    public static final String DUPLICATE_VARIABLE = "duplicate-variable";
    public static final String INVALID_VARIABLE_NAME = "invalid-variable-name";
    public static final String INVALID_SECRET_GENERATION = "invalid-secret-generation";
    public static final String UNPARSEABLE_YAML = SyntaxCheck.UNPARSEABLE_YAML;
    public static final String UNPARSEABLE_JSON = SyntaxCheck.UNPARSEABLE_JSON;

    public static final int LONGEST_NAME = 100;
    public static final int SHORTEST_GENERATED = 8;
    public static final int LONGEST_GENERATED = 256;

    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public List<Finding> lint(List<ConfigurationFile> files, List<Variable> variables) {
        List<Finding> findings = new ArrayList<>();
        for (ConfigurationFile file : files) {
            SyntaxCheck.check(file).ifPresent(findings::add);
        }
        findings.addAll(manifest(variables));
        Map<String, Placeholder> firstUses = new LinkedHashMap<>();
        Map<String, Integer> useCounts = new LinkedHashMap<>();
        for (Placeholder use : Placeholders.in(files)) {
            firstUses.putIfAbsent(use.name(), use);
            useCounts.merge(use.name(), 1, Integer::sum);
        }
        Set<String> declared = new HashSet<>();
        variables.forEach(variable -> declared.add(variable.name()));
        firstUses.forEach((name, use) -> {
            if (!declared.contains(name)) {
                findings.add(new Finding(FindingKind.LINT, Severity.ERROR, use.file(), use.line(), UNDECLARED_VARIABLE,
                        name + " is used but not declared in the variables manifest" + elsewhere(useCounts.get(name))));
            }
        });
        Set<String> reported = new HashSet<>();
        for (Variable variable : variables) {
            if (!firstUses.containsKey(variable.name()) && reported.add(variable.name())) {
                findings.add(manifestFinding(Severity.WARNING, UNUSED_VARIABLE,
                        variable.name() + " is declared but no file uses it"));
            }
        }
        return List.copyOf(findings);
    }

    private static List<Finding> manifest(List<Variable> variables) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (Variable variable : variables) {
            String name = variable.name();
            if (!seen.add(name) && duplicates.add(name)) {
                findings.add(manifestFinding(Severity.ERROR, DUPLICATE_VARIABLE, name + " is declared more than once"));
            }
            if (name.length() > LONGEST_NAME || !VALID_NAME.matcher(name).matches()) {
                findings.add(manifestFinding(Severity.ERROR, INVALID_VARIABLE_NAME,
                        shown(name)
                                + " is not a variable name: letters, digits and '_', not starting with a digit, at most "
                                + LONGEST_NAME + " characters"));
            }
            if (variable.required() && variable.defaultValue() != null) {
                findings.add(manifestFinding(Severity.WARNING, REQUIRED_WITH_DEFAULT,
                        name + " is required and has a default: the default is never used"));
            }
            SecretGeneration generation = variable.generation();
            if (generation != null && (generation.length() < SHORTEST_GENERATED
                    || generation.length() > LONGEST_GENERATED || generation.alphabet() == null)) {
                findings.add(manifestFinding(Severity.ERROR, INVALID_SECRET_GENERATION,
                        name + " is generated with " + generation.length() + " characters"
                                + (generation.alphabet() == null ? " and no alphabet" : "") + "; it takes "
                                + SHORTEST_GENERATED + " to " + LONGEST_GENERATED + " characters of an alphabet"));
            }
        }
        return findings;
    }

    private static String elsewhere(int uses) {
        int others = uses - 1;
        return others == 0 ? "" : " (used " + others + " more time" + (others == 1 ? "" : "s") + ")";
    }

    /** A bad name is shown as far as it is useful to find it. */
    private static String shown(String name) {
        return name.length() <= 40 ? "'" + name + "'" : "'" + name.substring(0, 40) + "…'";
    }

    private static Finding manifestFinding(Severity severity, String rule, String message) {
        return new Finding(FindingKind.LINT, severity, null, 0, rule, message);
    }
}
