package st.libreho.kb.internal.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML front matter of an exported file with a real YAML parser (Jackson's, on the classpath through
 * SmallRye OpenAPI), so that a value our writer quoted wrongly fails here as it would in a static site generator.
 */
public final class FrontMatter {

    private static final YAMLMapper YAML = new YAMLMapper();

    private FrontMatter() {
    }

    public static Map<String, Object> parse(String file) {
        if (!file.startsWith("---\n")) {
            throw new AssertionError("no front matter:\n" + file);
        }
        int end = file.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new AssertionError("front matter never closed:\n" + file);
        }
        try {
            return YAML.readValue(file.substring(4, end + 1), new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("front matter is not valid YAML:\n" + file, e);
        }
    }
}
