package st.libreho.directory.internal.interop;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Parses imported JSON, turning Jackson's failures into messages a delegate can act on. */
public final class JsonDocuments {

    // trailing tokens would otherwise be dropped silently, hiding e.g. two manifests pasted one after the other
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonDocuments() {
    }

    /** @param what the document, as the message should name it, e.g. "The manifest" */
    static JsonNode parse(String json, String what) throws ManifestException {
        if (json == null) {
            throw new ManifestException(what + " is empty.");
        }
        try {
            return nonEmpty(MAPPER.readTree(json), what);
        } catch (JsonProcessingException e) {
            throw malformed(e, what);
        }
    }

    /** Bytes rather than text, so that Jackson detects the encoding (UTF-8, 16 or 32) as RFC 8259 allows. */
    static JsonNode parse(byte[] json, String what) throws ManifestException {
        if (json == null) {
            throw new ManifestException(what + " is empty.");
        }
        try {
            return nonEmpty(MAPPER.readTree(json), what);
        } catch (JsonProcessingException e) {
            throw malformed(e, what);
        } catch (IOException e) {
            throw new ManifestException(what + " could not be read: " + e.getMessage(), e);
        }
    }

    /** "an array", "a number", ...: what was found where something else was expected; also for NodeInfo. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode nonEmpty(JsonNode node, String what) throws ManifestException {
        if (node == null || node.isMissingNode()) {
            throw new ManifestException(what + " is empty.");
        }
        return node;
    }

    private static ManifestException malformed(JsonProcessingException e, String what) {
        JsonLocation where = e.getLocation();
        String position = where == null ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return new ManifestException(what + " is not valid JSON" + position + ": " + e.getOriginalMessage(), e);
    }
}
