package st.libreho.directory.internal.interop;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the year out of a foundingDate, which real manifests give as a bare year ("2014") or an ISO 8601 date. */
final class FoundingYears {

    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.ISO_DATE, DateTimeFormatter.ofPattern("uuuu-MM"));

    private FoundingYears() {
    }

    /** The year, or null when the text is neither a bare year nor an ISO 8601 date. */
    static Integer yearOf(String text) {
        String trimmed = text.strip();
        if (BARE_YEAR.matcher(trimmed).matches()) {
            return Integer.valueOf(trimmed);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return format.parse(trimmed).get(ChronoField.YEAR);
            } catch (DateTimeException e) {
                // not this shape; try the next
            }
        }
        return null;
    }
}
