package st.libreho.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;

/** Turns what a form sent (always text) into the directory's values, noting what cannot be read. */
public final class FormValues {

    private FormValues() {
    }

    /** A select's value as the enum it names; blank is "not given", anything else unknown is a problem. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value, FormErrors errors,
            String unknownMessage) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(field, unknownMessage);
            return null;
        }
    }

    public static Integer year(String field, String value, FormErrors errors, String notAYearMessage) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(field, notAYearMessage);
            return null;
        }
    }

    /** "fr, en" or "fr en" as ["fr", "en"]; the directory checks each code. */
    public static List<String> codes(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
    }

    public static String codes(List<String> codes) {
        return String.join(", ", codes);
    }

    /** The version a form was read at; without it a change cannot be checked against others, so it is required. */
    public static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException missing) {
            throw new BadRequestException("The form has no valid version: reload the page.");
        }
    }

    /** A select's value in words, for showing it back; a value that names nothing is shown as it came. */
    public static <E extends Enum<E>> String label(Class<E> type, String value, Function<E, String> label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return label.apply(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
