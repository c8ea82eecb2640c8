package st.libreho.directory.internal.interop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.ImportWarning;

/**
 * libreho.st's network index, {@code directory.json}: an object from each member's key to the URL of its
 * {@code librehost.json}.
 *
 * @param manifestUrls member key → manifest URL, in the document's order
 * @param warnings the entries that could not be used, with the member key as the field
 */
public record DirectoryIndex(Map<String, String> manifestUrls, List<ImportWarning> warnings) {

    private static final String WHAT = "The directory index";

    public DirectoryIndex {
        manifestUrls = Collections.unmodifiableMap(new LinkedHashMap<>(manifestUrls));
        warnings = List.copyOf(warnings);
    }

    /** @throws ManifestException when the text is not JSON or not an object */
    public static DirectoryIndex read(String json) throws ManifestException {
        return read(JsonDocuments.parse(json, WHAT));
    }

    /** @throws ManifestException when the document is not an object */
    public static DirectoryIndex read(JsonNode index) throws ManifestException {
        if (index == null || !index.isObject()) {
            throw new ManifestException(WHAT + " must be a JSON object, not " + JsonDocuments.describe(index) + ".");
        }
        Map<String, String> urls = new LinkedHashMap<>();
        Warnings warnings = new Warnings();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) index::fields) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.isBlank()) {
                warnings.add(key, value, "a member needs a key; this entry has none");
            } else if (!value.isTextual()) {
                warnings.add(key, value, "not a manifest URL but " + JsonDocuments.describe(value));
            } else {
                String url = value.textValue().strip();
                String problem = HttpUrls.problem(url);
                if (problem == null) {
                    urls.put(key, url);
                } else {
                    warnings.add(key, url, problem);
                }
            }
        }
        return new DirectoryIndex(urls, warnings.list());
    }

    /** The index for these members, in the map's order. */
    public static ObjectNode write(Map<String, String> manifestUrlsByKey) {
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        manifestUrlsByKey.forEach((key, url) -> index.put(key, Objects.requireNonNull(url, key)));
        return index;
    }
}
