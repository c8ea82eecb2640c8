package st.libreho.directory.internal.observations;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a NodeInfo discovery document (the JRD at {@code /.well-known/nodeinfo}) and picks the link to the highest
 * schema version supported. (Minimal version for the checker; the parsing helper's is the one to keep.)
 */
public final class NodeInfoDiscovery {

    static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/";
    static final List<String> SUPPORTED = List.of("2.2", "2.1", "2.0", "1.1", "1.0");
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeInfoDiscovery() {
    }

    public static Optional<NodeInfoLink> bestLink(byte[] jrd) throws NodeInfoException {
        JsonNode root;
        try {
            root = JSON.readTree(jrd);
        } catch (IOException e) {
            throw new NodeInfoException("the discovery document is not valid JSON", e);
        }
        if (root == null || !root.path("links").isArray()) {
            throw new NodeInfoException("the discovery document has no list of links");
        }
        for (String version : SUPPORTED) {
            for (JsonNode link : root.get("links")) {
                String rel = link.path("rel").asText("");
                String href = link.path("href").asText("");
                if (rel.equals(SCHEMA + version) && !href.isBlank()) {
                    return Optional.of(new NodeInfoLink(version, href));
                }
            }
        }
        return Optional.empty();
    }
}
