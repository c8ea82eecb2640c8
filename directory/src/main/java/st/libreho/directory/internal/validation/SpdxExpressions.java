package st.libreho.directory.internal.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks SPDX licence expressions ({@code AGPL-3.0-or-later}, {@code MIT OR Apache-2.0},
 * {@code GPL-2.0-or-later WITH Classpath-exception-2.0}, {@code LicenseRef-custom}) against the SPDX licence list
 * shipped in {@code spdx/}. Identifiers match case-insensitively, as the SPDX specification says.
 */
public final class SpdxExpressions {

    private static final String CUSTOM_LICENCE = "(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+";
    private static final String CUSTOM_ADDITION = "AdditionRef-[A-Za-z0-9.-]+";

    /** Lower-case id to the id as the list spells it. */
    private static final Map<String, String> LICENCES = load("/spdx/licenses.txt");
    private static final Map<String, String> EXCEPTIONS = load("/spdx/exceptions.txt");

    /** A parsed expression. */
    public sealed interface Node permits Licence, AllOf, AnyOf {
    }

    /**
     * One licence, with the exception or addition it is given {@code WITH}, if any.
     *
     * @param id the id as the SPDX list spells it, with its {@code +} if it had one, or the {@code LicenseRef-} as
     *        written
     * @param exception the exception's id as the list spells it, or the {@code AdditionRef-} as written; null if none
     */
    public record Licence(String id, String exception) implements Node {

        /** A {@code LicenseRef-} of the author's own rather than a licence of the SPDX list. */
        public boolean custom() {
            return id.matches(CUSTOM_LICENCE);
        }

        /** An {@code AdditionRef-} of the author's own rather than an exception of the SPDX list. */
        public boolean customException() {
            return exception != null && exception.matches(CUSTOM_ADDITION);
        }
    }

    /** {@code A AND B}: every part applies. */
    public record AllOf(List<Node> parts) implements Node {
    }

    /** {@code A OR B}: the recipient chooses one part. */
    public record AnyOf(List<Node> parts) implements Node {
    }

    private final List<String> tokens;
    private int position;

    private SpdxExpressions(List<String> tokens) {
        this.tokens = tokens;
    }

    public static boolean isValid(String expression) {
        return parse(expression).isPresent();
    }

    /** The expression's structure, AND binding tighter than OR as the specification says; empty if it is invalid. */
    public static Optional<Node> parse(String expression) {
        if (expression == null || expression.isBlank() || expression.length() > 200) {
            return Optional.empty();
        }
        SpdxExpressions parser = new SpdxExpressions(tokenize(expression));
        Node node = parser.anyOf();
        return node != null && parser.position == parser.tokens.size() ? Optional.of(node) : Optional.empty();
    }

    // anyOf := allOf ("OR" allOf)*
    private Node anyOf() {
        List<Node> parts = new ArrayList<>();
        do {
            Node part = allOf();
            if (part == null) {
                return null;
            }
            parts.add(part);
        } while (advanceIf("OR"));
        return parts.size() == 1 ? parts.get(0) : new AnyOf(List.copyOf(parts));
    }

    // allOf := term ("AND" term)*
    private Node allOf() {
        List<Node> parts = new ArrayList<>();
        do {
            Node part = term();
            if (part == null) {
                return null;
            }
            parts.add(part);
        } while (advanceIf("AND"));
        return parts.size() == 1 ? parts.get(0) : new AllOf(List.copyOf(parts));
    }

    // term := "(" anyOf ")" | licence ("WITH" exception)?
    private Node term() {
        if (advanceIf("(")) {
            Node inner = anyOf();
            return inner != null && advanceIf(")") ? inner : null;
        }
        String licence = position < tokens.size() ? licence(tokens.get(position)) : null;
        if (licence == null) {
            return null;
        }
        position++;
        String exception = null;
        if (advanceIf("WITH")) {
            exception = position < tokens.size() ? exception(tokens.get(position)) : null;
            if (exception == null) {
                return null;
            }
            position++;
        }
        return new Licence(licence, exception);
    }

    private boolean advanceIf(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return true;
        }
        return false;
    }

    /** The id as the list spells it, the {@code LicenseRef-} as written, or null if it is neither. */
    private static String licence(String token) {
        boolean orLater = token.endsWith("+");
        String id = orLater ? token.substring(0, token.length() - 1) : token;
        String listed = LICENCES.get(id.toLowerCase(Locale.ROOT));
        if (listed == null && !id.matches(CUSTOM_LICENCE)) {
            return null;
        }
        return (listed != null ? listed : id) + (orLater ? "+" : "");
    }

    private static String exception(String token) {
        String listed = EXCEPTIONS.get(token.toLowerCase(Locale.ROOT));
        return listed != null ? listed : token.matches(CUSTOM_ADDITION) ? token : null;
    }

    private static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        for (String part : expression.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            tokens.add(part);
        }
        return tokens;
    }

    /** The list's first column, lower-case to as spelt; lines starting with {@code #} are comments. */
    static Map<String, String> load(String resource) {
        try (InputStream in = SpdxExpressions.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> ids = new TreeMap<>();
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().split("\\s+")[0])
                    .forEach(id -> ids.put(id.toLowerCase(Locale.ROOT), id));
            return Map.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("The SPDX list " + resource + " is missing from the build", e);
        }
    }
}
