package st.libreho.directory.internal.observations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import st.libreho.directory.internal.interop.JsonDocuments;

/**
 * Reads the discovery document a host serves at {@code /.well-known/nodeinfo}: a JRD whose {@code links} name, by
 * {@code rel}, a NodeInfo document per schema version. Pure: no network.
 */
public final class NodeInfoDiscovery {

    /** The schema versions {@link NodeInfoDocument} reads, as {major, minor}. */
    static final List<int[]> SUPPORTED = List.of(new int[] { 1, 0 }, new int[] { 1, 1 }, new int[] { 2, 0 },
            new int[] { 2, 1 }, new int[] { 2, 2 });

    /** Hosts serve the rel as the protocol spells it, with http; some with https. */
    private static final Pattern REL = Pattern
            .compile("https?://nodeinfo\\.diaspora\\.software/ns/schema/(\\d{1,3})\\.(\\d{1,3})");

    private static final int MAX_HREF_LENGTH = 2000;

    private static final String WHAT = "The NodeInfo discovery document (/.well-known/nodeinfo)";

    private NodeInfoDiscovery() {
    }

    /**
     * The link to the NodeInfo document of the highest schema version this platform reads (2.2, 2.1, 2.0, 1.1, 1.0,
     * compared numerically; the first link wins between two of the same version). Links of other rels (e.g.
     * ActivityStreams' Application) or of versions this platform does not know (e.g. a future 3.0) are ignored, as are
     * entries that are not objects.
     *
     * @return empty when no link is of a supported version
     * @throws NodeInfoException when the body is not a JSON object with a {@code links} array, or when the chosen
     *         link's {@code href} is neither an absolute http(s) address nor a path on the same host
     */
    public static Optional<NodeInfoLink> bestLink(byte[] jrd) throws NodeInfoException {
        JsonNode links = NodeInfoJson.parseObject(jrd, WHAT).get("links");
        if (links == null || !links.isArray()) {
            throw new NodeInfoException(WHAT + " must have a \"links\" array"
                    + (links == null ? "." : ", not " + JsonDocuments.describe(links) + "."));
        }
        int[] bestVersion = null;
        JsonNode best = null;
        for (JsonNode link : links) {
            int[] version = supportedVersion(link.path("rel"));
            if (version != null && (bestVersion == null || compare(version, bestVersion) > 0)) {
                bestVersion = version;
                best = link;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String version = bestVersion[0] + "." + bestVersion[1];
        return Optional.of(new NodeInfoLink(version, href(best.get("href"), version)));
    }

    private static int[] supportedVersion(JsonNode rel) {
        if (!rel.isTextual()) {
            return null;
        }
        Matcher m = REL.matcher(rel.asText().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int[] version = { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
        return SUPPORTED.stream().anyMatch(v -> compare(v, version) == 0) ? version : null;
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }

    private static String href(JsonNode node, String version) throws NodeInfoException {
        String prefix = WHAT + " links to NodeInfo " + version + " ";
        if (node == null || !node.isTextual()) {
            throw new NodeInfoException(prefix + "without an address (\"href\").");
        }
        String href = node.asText().strip();
        if (href.isEmpty()) {
            throw new NodeInfoException(prefix + "without an address (\"href\").");
        }
        String shown = String.valueOf(SiteTexts.clean(href, 200));
        if (href.length() > MAX_HREF_LENGTH) {
            throw new NodeInfoException(prefix + "at an address longer than " + MAX_HREF_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            throw new NodeInfoException(prefix + "at \"" + shown + "\", which is not a valid address.", e);
        }
        if (uri.getScheme() == null && uri.getRawAuthority() == null && href.startsWith("/")) {
            // a path on the same host: the protocol asks for absolute addresses, but browsers and most clients
            // resolve this against the discovery document's address, and so does the checker
            return href;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null) {
            throw new NodeInfoException(prefix + "at \"" + shown
                    + "\", which is not an absolute http(s) address such as https://example.org/nodeinfo/2.1.");
        }
        return href;
    }
}
