package st.libreho.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field that differs between what someone else saved meanwhile and what this person typed, shown side by side
 * so that they can decide which to keep before they save again.
 */
public record ConflictRow(String field, String label, String theirs, String yours) {

    public static List<ConflictRow> between(Map<String, String> theirs, Map<String, String> yours, FieldLabels labels) {
        List<ConflictRow> rows = new ArrayList<>();
        theirs.forEach((field, their) -> {
            String your = yours.get(field);
            if (!Objects.equals(blankToNull(their), blankToNull(your))) {
                rows.add(new ConflictRow(field, labels.field(field), their, your));
            }
        });
        return rows;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
