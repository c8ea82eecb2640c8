package st.libreho.directory.internal.observations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.internal.interop.JsonDocuments;

/**
 * Reads a NodeInfo document of schema 1.0 to 2.2 into {@link NodeInfoFacts}. Pure: no network.
 * <p>
 * Only what the directory shows is kept. A document without a textual {@code version} or {@code software.name} is
 * refused: without them it says nothing. Any other field of the wrong type (e.g. {@code "openRegistrations": "yes"},
 * a negative or textual user count) is left null rather than failing the whole document, as are counts too large for
 * a {@code long}. Texts are cleaned of control characters and cut to 200 characters (a pair of
 * surrogates is never split) so that a hostile document cannot bloat the database; at most 32
 * protocols are kept.
 */
public final class NodeInfoDocument {

    static final int MAX_TEXT = 200;

    static final int MAX_PROTOCOLS = 32;

    private static final String WHAT = "The NodeInfo document";

    private NodeInfoDocument() {
    }

    /**
     * The facts of the document.
     * <ul>
     * <li>{@code protocols}: 2.x's array, or the union of 1.x's {@code {inbound, outbound}} (decided by the shape, not
     * the version), in order, without repeats;</li>
     * <li>{@code nodeName}: 2.2's {@code instance.name}, else the common {@code metadata.nodeName} (Mastodon, Misskey,
     * Pleroma and others), when text.</li>
     * </ul>
     *
     * @throws NodeInfoException when the body is not UTF-8, not a JSON object, nested absurdly deep, or has no textual
     *         {@code version} or {@code software.name}
     */
    public static NodeInfoFacts parse(byte[] body) throws NodeInfoException {
        JsonNode root = NodeInfoJson.parseObject(body, WHAT);
        String version = requiredText(root.get("version"), "version", "its schema version, e.g. \"2.1\"");
        JsonNode software = root.path("software");
        String softwareName = requiredText(software.get("name"), "software.name",
                "the software it runs, e.g. \"mastodon\"");
        JsonNode users = root.path("usage").path("users");
        String nodeName = text(root.path("instance").path("name"));
        if (nodeName == null) {
            nodeName = text(root.path("metadata").path("nodeName"));
        }
        return new NodeInfoFacts(version, softwareName, text(software.path("version")), protocols(root.path(
                "protocols")),
                root.path("openRegistrations").isBoolean() ? root.get("openRegistrations").booleanValue() : null,
                count(users.path("total")), count(users.path("activeMonth")), nodeName);
    }

    private static String requiredText(JsonNode node, String field, String meaning) throws NodeInfoException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new NodeInfoException(WHAT + " has no \"" + field + "\": it must give " + meaning + ".");
        }
        if (!node.isTextual()) {
            throw new NodeInfoException(WHAT + "'s \"" + field + "\" must be text, not " + JsonDocuments.describe(node)
                    + ".");
        }
        String text = SiteTexts.clean(node.textValue(), MAX_TEXT);
        if (text == null) {
            throw new NodeInfoException(WHAT + "'s \"" + field + "\" is empty: it must give " + meaning + ".");
        }
        return text;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? SiteTexts.clean(node.textValue(), MAX_TEXT) : null;
    }

    private static List<String> protocols(JsonNode node) {
        Set<String> protocols = new LinkedHashSet<>();
        if (node.isArray()) {
            addTexts(node, protocols);
        } else if (node.isObject()) { // 1.0 and 1.1
            addTexts(node.path("inbound"), protocols);
            addTexts(node.path("outbound"), protocols);
        }
        return new ArrayList<>(protocols);
    }

    private static void addTexts(JsonNode array, Set<String> into) {
        if (!array.isArray()) {
            return;
        }
        for (JsonNode item : array) {
            if (into.size() >= MAX_PROTOCOLS) {
                return;
            }
            String text = text(item);
            if (text != null) {
                into.add(text);
            }
        }
    }

    /** A count: a whole, non-negative number that fits a {@code long}; else null. */
    private static Long count(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            return null;
        }
        long value = node.longValue();
        return value < 0 ? null : value;
    }
}
