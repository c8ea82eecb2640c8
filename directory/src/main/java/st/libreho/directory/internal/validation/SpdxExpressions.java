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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks SPDX licence expressions ({@code AGPL-3.0-or-later}, {@code MIT OR Apache-2.0},
 * {@code GPL-2.0-or-later WITH Classpath-exception-2.0}, {@code LicenseRef-custom}) against the SPDX licence list
 * shipped in {@code spdx/}. Identifiers match case-insensitively, as the SPDX specification says.
 */
public final class SpdxExpressions {

    private static final Set<String> LICENCES = load("/spdx/licenses.txt");
    private static final Set<String> EXCEPTIONS = load("/spdx/exceptions.txt");

    private final List<String> tokens;
    private int position;

    private SpdxExpressions(List<String> tokens) {
        this.tokens = tokens;
    }

    public static boolean isValid(String expression) {
        if (expression == null || expression.isBlank() || expression.length() > 200) {
            return false;
        }
        SpdxExpressions parser = new SpdxExpressions(tokenize(expression));
        return parser.expression() && parser.position == parser.tokens.size();
    }

    // expression := term (("AND" | "OR") term)*
    private boolean expression() {
        if (!term()) {
            return false;
        }
        while (peekIs("AND") || peekIs("OR")) {
            position++;
            if (!term()) {
                return false;
            }
        }
        return true;
    }

    // term := "(" expression ")" | licence ("WITH" exception)?
    private boolean term() {
        if (peekIs("(")) {
            position++;
            if (!expression() || !peekIs(")")) {
                return false;
            }
            position++;
            return true;
        }
        if (position >= tokens.size() || !isLicence(tokens.get(position))) {
            return false;
        }
        position++;
        if (peekIs("WITH")) {
            position++;
            if (position >= tokens.size() || !isException(tokens.get(position))) {
                return false;
            }
            position++;
        }
        return true;
    }

    private boolean peekIs(String token) {
        return position < tokens.size() && tokens.get(position).equalsIgnoreCase(token);
    }

    private static boolean isLicence(String token) {
        String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
        return LICENCES.contains(id.toLowerCase(Locale.ROOT)) || id.matches("(DocumentRef-[A-Za-z0-9.-]+:)?"
                + "LicenseRef-[A-Za-z0-9.-]+");
    }

    private static boolean isException(String token) {
        return EXCEPTIONS.contains(token.toLowerCase(Locale.ROOT)) || token.matches("AdditionRef-[A-Za-z0-9.-]+");
    }

    private static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        for (String part : expression.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            tokens.add(part);
        }
        return tokens;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = SpdxExpressions.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("The SPDX list " + resource + " is missing from the build", e);
        }
    }
}
