package st.libreho.registry.internal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.SecretGeneration;
import st.libreho.registry.Variable;
import st.libreho.registry.internal.checks.Placeholder.Form;

/**
 * Proposes a version's variables manifest from its files (see {@link Placeholders} for the syntaxes read), one
 * variable per name, sorted by name, for the publisher to review:
 * <ul>
 * <li>the default is the value a {@code .env} line sets (a variable set several times, as Co-op Cloud's
 * {@code COMPOSE_FILE="$COMPOSE_FILE:more.yml"}, gets the value its lines build up), else the first
 * {@code ${VAR:-x}} default; an obvious dummy ({@code bonfire.example.com}, {@code changeme}) is an example to
 * replace, not a default;</li>
 * <li>required: {@code ${VAR:?error}} (the error text becomes the description), or no default anywhere and not
 * shipped unset; a commented {@code #VAR=} line, a compose entry passed through, {@code ${VAR:+x}} and
 * {@code ${VAR:-}} all say the variable may stay unset;</li>
 * <li>secret: a secret-looking name (the scanner's definition), generated with {@link SecretGeneration#DEFAULT}. A
 * secret never gets a default: a fixed secret would be shared by every deployment, so one that had a literal
 * default ({@code ${ERLANG_COOKIE:-bonfire_cookie}}) becomes required, for the person replicating to give or
 * generate;</li>
 * <li>the description: the error text of {@code ${VAR:?error}}, else the comment line above its {@code .env}
 * line.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class VariableExtractor {

    private final SecretNames secretNames;
    private final Dummies dummies;

    public VariableExtractor() {
        this(SecretRules.standard());
    }

    VariableExtractor(SecretRules rules) {
        this.secretNames = rules.secretNames();
        this.dummies = rules.dummies();
    }

    public List<Variable> propose(List<ConfigurationFile> files) {
        Map<String, List<Placeholder>> byName = new TreeMap<>();
        for (Placeholder use : Placeholders.in(files)) {
            byName.computeIfAbsent(use.name(), name -> new ArrayList<>()).add(use);
        }
        return byName.entrySet().stream().map(entry -> variable(entry.getKey(), entry.getValue())).toList();
    }

    private Variable variable(String name, List<Placeholder> uses) {
        boolean secret = secretNames.test(name);
        String candidate = firstUsable(setInEnv(name, uses), firstDefault(uses));
        String defaultValue = null;
        boolean required;
        if (uses.stream().anyMatch(use -> use.form() == Form.REQUIRED)) {
            required = true;
        } else if (candidate != null && secret) {
            required = !candidate.isEmpty() && !Literals.isReference(candidate);
        } else if (candidate != null) {
            defaultValue = candidate;
            required = false;
        } else {
            required = !shippedUnset(uses);
        }
        return new Variable(name, description(uses), defaultValue, required, secret,
                secret ? SecretGeneration.DEFAULT : null);
    }

    /** The first of the values that is a default worth proposing: set, and not a dummy. */
    private String firstUsable(String set, String fallback) {
        if (set != null && !set.isEmpty() && !dummies.test(set)) {
            return set;
        }
        if (fallback != null && (fallback.isEmpty() || !dummies.test(fallback))) {
            return fallback;
        }
        return null;
    }

    /** What the {@code .env} lines leave the variable set to, each line seeing the value the lines above built. */
    private static String setInEnv(String name, List<Placeholder> uses) {
        Pattern itself = Pattern.compile("\\$\\{" + name + "}|\\$" + name + "(?![A-Za-z0-9_])");
        String value = null;
        for (Placeholder use : uses) {
            if (use.form() == Form.ENV_VALUE) {
                String before = value == null ? "" : value;
                value = itself.matcher(use.value()).replaceAll(Matcher.quoteReplacement(before));
            }
        }
        return value;
    }

    private static String firstDefault(List<Placeholder> uses) {
        return uses.stream().filter(use -> use.form() == Form.WITH_DEFAULT).map(Placeholder::value).findFirst()
                .orElse(null);
    }

    private static boolean shippedUnset(List<Placeholder> uses) {
        return uses.stream()
                .anyMatch(use -> use.form() == Form.ENV_COMMENTED || use.form() == Form.OPTIONAL
                        || (use.form() == Form.WITH_DEFAULT && use.value().isEmpty()));
    }

    private static String description(List<Placeholder> uses) {
        return uses.stream().filter(use -> use.form() == Form.REQUIRED && !use.value().isBlank())
                .map(use -> use.value().strip()).findFirst()
                .or(() -> uses.stream().map(Placeholder::description).filter(d -> d != null && !d.isBlank())
                        .findFirst())
                .orElse("");
    }
}
