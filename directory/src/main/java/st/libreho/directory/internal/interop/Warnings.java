package st.libreho.directory.internal.interop;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import st.libreho.directory.ImportWarning;

/** Collects, in document order, the fields that could not be used. */
final class Warnings {

    private final List<ImportWarning> list = new ArrayList<>();

    void add(String field, String value, String reason) {
        list.add(new ImportWarning(field, Texts.abbreviate(value), reason));
    }

    /** Quotes text as it is and anything else as JSON, so the delegate sees what they wrote. */
    void add(String field, JsonNode value, String reason) {
        add(field, value == null ? null : value.isTextual() ? value.textValue() : value.toString(), reason);
    }

    List<ImportWarning> list() {
        return List.copyOf(list);
    }
}
