package st.libreho.platform.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a form sent after someone else saved meanwhile, merged field by field with what is stored now, as version
 * control merges: a field this person left as the form was opened takes the current value; a field only this person
 * changed keeps what they typed; a field both changed, to different values, is a conflict for them to decide. The
 * values a form was opened with travel in one hidden field ({@link #OPENED_FIELD}, written by {@link #opened}).
 *
 * @param values the merged value of every field the form sent
 * @param conflicting the fields both people changed, differently
 */
public record FormMerge(Map<String, String> values, Set<String> conflicting) {

    /**
     * How many times a page saves a clean merge over saves that keep coming in between before it shows the person
     * the form instead: each attempt merges over the newest version, so this only bounds a busy entry's rare race.
     */
    public static final int MAX_AUTOMATIC_SAVES = 3;

    /** The hidden field with the values the form was opened with. */
    public static final String OPENED_FIELD = "opened";

    /** The values a form is opened with, as its hidden field carries them. */
    public static String opened(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * Merges what was typed with what is stored now. Without the values the form was opened with (an old form, a
     * client that does not send them), every field that differs from the current value counts as changed by this
     * person, as before forms carried them.
     */
    public static FormMerge of(String opened, Map<String, String> typed, Map<String, String> current) {
        Map<String, String> openedValues = decode(opened);
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> conflicting = new LinkedHashSet<>();
        typed.forEach((field, value) -> {
            String yours = normal(value);
            String theirs = normal(current.get(field));
            boolean known = openedValues.containsKey(field);
            String was = normal(openedValues.get(field));
            if (known && Objects.equals(yours, was)) {
                values.put(field, current.get(field));
            } else if (Objects.equals(yours, theirs) || (known && Objects.equals(theirs, was))) {
                values.put(field, value);
            } else {
                values.put(field, value);
                conflicting.add(field);
            }
        });
        return new FormMerge(values, conflicting);
    }

    /** Nothing left for the person to decide: the merged values can be saved over the current version. */
    public boolean isClean() {
        return conflicting.isEmpty();
    }

    /** Nothing to save: what is stored already reads as this person wants it. */
    public boolean changesNothing(Map<String, String> current) {
        return isClean() && values.equals(current);
    }

    /** The rows of the conflict table: the fields both changed, theirs beside what this person typed. */
    public List<ConflictRow> conflictRows(Map<String, String> theirsShown, Map<String, String> yoursShown,
            FieldLabels labels) {
        return ConflictRow.between(theirsShown, yoursShown, labels).stream()
                .filter(row -> conflicting.contains(row.field())).toList();
    }

    private static Map<String, String> decode(String opened) {
        Map<String, String> values = new LinkedHashMap<>();
        if (opened == null || opened.isBlank()) {
            return values;
        }
        for (String pair : opened.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException damaged) {
                    // a damaged pair is a field whose opening value is unknown: it counts as changed by this person
                }
            }
        }
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
