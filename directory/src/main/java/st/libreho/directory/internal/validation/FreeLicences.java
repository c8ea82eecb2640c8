package st.libreho.directory.internal.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import st.libreho.directory.LicenceVerdict;
import st.libreho.directory.internal.validation.SpdxExpressions.AllOf;
import st.libreho.directory.internal.validation.SpdxExpressions.AnyOf;
import st.libreho.directory.internal.validation.SpdxExpressions.Licence;
import st.libreho.directory.internal.validation.SpdxExpressions.Node;

/**
 * Tells whether an SPDX licence expression is free software, by the flags of the SPDX licence list kept in
 * {@code spdx/free-licences.txt}: a licence is free when the list says it is OSI approved or FSF libre.
 * {@code A OR B} is free when any choice is (the recipient may choose it), {@code A AND B} when every part is;
 * {@code WITH} a listed exception keeps the licence's freedom, since the list's exceptions only add permissions.
 * A {@code LicenseRef-} or {@code AdditionRef-} is the author's own text, so it is not known to be free.
 */
public final class FreeLicences {

    static final String INVALID = "not a valid SPDX expression";

    /** Lower-case ids of the licences the list flags OSI approved, FSF libre or both. */
    private static final Set<String> FREE = load("/spdx/free-licences.txt");

    /** Why an id keeps an expression from being free, worded for one id and for several. */
    private enum Obstacle {
        NEITHER("is neither OSI approved nor FSF libre", "are neither OSI approved nor FSF libre"),
        CUSTOM_LICENCE("is not on the SPDX licence list, so it is not known to be free software",
                "are not on the SPDX licence list, so they are not known to be free software"),
        CUSTOM_ADDITION("is a custom addition, not known to only add permissions",
                "are custom additions, not known to only add permissions");

        final String one;
        final String several;

        Obstacle(String one, String several) {
            this.one = one;
            this.several = several;
        }
    }

    private FreeLicences() {
    }

    public static LicenceVerdict verdict(String expression) {
        Optional<Node> parsed = SpdxExpressions.parse(expression);
        if (parsed.isEmpty()) {
            return new LicenceVerdict(false, false, List.of(), INVALID);
        }
        Map<String, Obstacle> obstacles = obstacles(parsed.get());
        if (obstacles.isEmpty()) {
            return new LicenceVerdict(true, true, List.of(), "");
        }
        return new LicenceVerdict(true, false, List.copyOf(obstacles.keySet()), reason(obstacles));
    }

    /** Whether the list flags this licence OSI approved or FSF libre; {@code X+} counts as X when not listed. */
    static boolean isFreeLicence(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        return FREE.contains(key) || key.endsWith("+") && FREE.contains(key.substring(0, key.length() - 1));
    }

    /** The ids that keep this part from being free, in the order they appear; empty when it is free. */
    private static Map<String, Obstacle> obstacles(Node node) {
        Map<String, Obstacle> found = new LinkedHashMap<>();
        if (node instanceof Licence licence) {
            if (licence.custom()) {
                found.put(licence.id(), Obstacle.CUSTOM_LICENCE);
            } else if (!isFreeLicence(licence.id())) {
                found.put(licence.id(), Obstacle.NEITHER);
            }
            if (licence.customException()) {
                found.put(licence.exception(), Obstacle.CUSTOM_ADDITION);
            }
        } else if (node instanceof AnyOf anyOf) {
            for (Node part : anyOf.parts()) {
                Map<String, Obstacle> ofPart = obstacles(part);
                if (ofPart.isEmpty()) {
                    return Map.of();
                }
                ofPart.forEach(found::putIfAbsent);
            }
        } else if (node instanceof AllOf allOf) {
            for (Node part : allOf.parts()) {
                obstacles(part).forEach(found::putIfAbsent);
            }
        }
        return found;
    }

    private static String reason(Map<String, Obstacle> obstacles) {
        Map<Obstacle, List<String>> byKind = new EnumMap<>(Obstacle.class);
        obstacles.forEach((id, obstacle) -> byKind.computeIfAbsent(obstacle, kind -> new ArrayList<>()).add(id));
        List<String> sentences = new ArrayList<>();
        byKind.forEach((kind, ids) -> sentences.add(
                ids.size() == 1 ? ids.get(0) + " " + kind.one : enumerate(ids) + " " + kind.several));
        return String.join("; ", sentences);
    }

    private static String enumerate(List<String> ids) {
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    /** Lines of {@code id<TAB>flags}, the flags being {@code osi}, {@code fsf} or both. */
    private static Set<String> load(String resource) {
        try (InputStream in = FreeLicences.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> free = new HashSet<>();
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] columns = line.strip().split("\\s+");
                if (columns.length < 2 || !Set.of("osi", "fsf").containsAll(List.of(columns).subList(1,
                        columns.length))) {
                    throw new IllegalStateException(resource + " has a line without its osi or fsf flag: " + line);
                }
                free.add(columns[0].toLowerCase(Locale.ROOT));
            });
            return Set.copyOf(free);
        } catch (IOException e) {
            throw new UncheckedIOException("The SPDX list " + resource + " is missing from the build", e);
        }
    }
}
