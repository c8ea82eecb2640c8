package st.libreho.directory.internal.observations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import st.libreho.directory.NodeInfoFacts;

/** Reads a NodeInfo document. (Minimal version for the checker; the parsing helper's is the one to keep.) */
public final class NodeInfoDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeInfoDocument() {
    }

    public static NodeInfoFacts parse(byte[] body) throws NodeInfoException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new NodeInfoException("the document is not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new NodeInfoException("the document is not a JSON object");
        }
        String version = text(root.path("version"));
        if (version == null) {
            throw new NodeInfoException("the document has no version");
        }
        String software = text(root.path("software").path("name"));
        if (software == null) {
            throw new NodeInfoException("the document has no software.name");
        }
        List<String> protocols = new ArrayList<>();
        root.path("protocols").forEach(protocol -> protocols.add(protocol.asText()));
        JsonNode users = root.path("usage").path("users");
        String nodeName = text(root.path("instance").path("name"));
        return new NodeInfoFacts(version, software, text(root.path("software").path("version")), protocols,
                root.path("openRegistrations").isBoolean() ? root.get("openRegistrations").booleanValue() : null,
                users.path("total").isIntegralNumber() ? users.get("total").longValue() : null,
                users.path("activeMonth").isIntegralNumber() ? users.get("activeMonth").longValue() : null,
                nodeName != null ? nodeName : text(root.path("metadata").path("nodeName")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }
}
