package st.libreho.directory.internal.observations;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import st.libreho.directory.internal.interop.JsonDocuments;

/** Reads the JSON a NodeInfo host serves, refusing what could hurt rather than what is merely untidy. */
final class NodeInfoJson {

    /** Real documents nest a few levels (metadata included); deeper is an attack or a bug. */
    static final int MAX_DEPTH = 32;

    /** Far above any real document; the checker also caps the body it reads. */
    static final int MAX_STRING_LENGTH = 100_000;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .build())
            .build())
            // trailing tokens would otherwise be dropped silently
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private NodeInfoJson() {
    }

    /**
     * The JSON object in the body.
     *
     * @param what the document, as the message should name it, e.g. "The NodeInfo document"
     */
    static JsonNode parseObject(byte[] body, String what) throws NodeInfoException {
        JsonNode root;
        try {
            root = MAPPER.readTree(utf8(body, what));
        } catch (StreamConstraintsException e) {
            // Jackson's message names its own settings, which means nothing to a delegate
            String detail = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("nesting")
                    ? " nests objects and arrays more than " + MAX_DEPTH + " levels deep."
                    : " holds a text longer than " + MAX_STRING_LENGTH + " characters.";
            throw new NodeInfoException(what + detail, e);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? ""
                    : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new NodeInfoException(what + " is not valid JSON" + position + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new NodeInfoException(what + " is empty.");
        }
        if (!root.isObject()) {
            throw new NodeInfoException(what + " must be a JSON object, not " + JsonDocuments.describe(root) + ".");
        }
        return root;
    }

    /**
     * The body as text. NodeInfo is JSON, which is UTF-8 (RFC 8259): anything else is refused rather than guessed, and
     * malformed bytes are refused rather than replaced, so that what is stored is what the host said. A leading
     * byte order mark is ignored, as RFC 8259 allows.
     */
    static String utf8(byte[] body, String what) throws NodeInfoException {
        if (body == null || body.length == 0) {
            throw new NodeInfoException(what + " is empty.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NodeInfoException(what + " is not valid UTF-8 (byte " + (in.position() + 1) + ").");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
