package st.libreho.governance.internal.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import st.libreho.governance.MeetingDraft;
import st.libreho.platform.EmailAddress;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/**
 * What a meeting's fields must be. Each problem names its field and a rule code that the pages say in the reader's
 * language; the API shows the English message.
 */
final class MeetingRules {

    static final int DEFAULT_DURATION = 90;
    static final int MIN_DURATION = 15;
    static final int MAX_DURATION = 600;
    static final int MAX_LINK = 500;
    static final int MAX_ADDRESS = 320;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_MINUTES = 200_000;

    /** A draft once checked: the moment it starts, and the rest trimmed, empty optional fields as null. */
    record Checked(ZonedDateTime start, int durationMinutes, String link, String facilitator, String noteTaker) {
    }

    private MeetingRules() {
    }

    static Checked check(MeetingDraft draft) {
        if (draft == null) {
            throw InvalidInputException.of("startsAt", "required", "is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = zone(draft.timeZone(), problems);
        LocalDateTime local = localDateTime(draft.startsAt(), problems);
        ZonedDateTime start = null;
        if (zone != null && local != null) {
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                // the hour skipped when clocks go forward: the meeting would start at a time nobody's clock shows
                problems.add(FieldProblem.of("startsAt", "no_such_time",
                        "does not exist in " + zone.getId() + ": the clocks skip it", draft.startsAt(), zone.getId()));
            } else {
                start = local.atZone(zone);
            }
        }
        int duration = draft.durationMinutes() == null ? DEFAULT_DURATION : draft.durationMinutes();
        if (duration < MIN_DURATION || duration > MAX_DURATION) {
            problems.add(FieldProblem.of("durationMinutes", "range",
                    "must be between " + MIN_DURATION + " and " + MAX_DURATION + " minutes", MIN_DURATION,
                    MAX_DURATION));
        }
        String link = link(draft.link(), problems);
        String facilitator = address("facilitator", draft.facilitator(), problems);
        String noteTaker = address("noteTaker", draft.noteTaker(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(start, duration, link, facilitator, noteTaker);
    }

    private static ZoneId zone(String text, List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(FieldProblem.of("timeZone", "required",
                    "is required: an IANA time zone such as Europe/Paris"));
            return null;
        }
        // region names only (Europe/Paris): an offset such as +01:00 knows nothing of summer time
        String name = text.strip();
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            problems.add(FieldProblem.of("timeZone", "time_zone",
                    "must be an IANA time zone such as Europe/Paris", text));
            return null;
        }
        return ZoneId.of(name);
    }

    private static LocalDateTime localDateTime(String text, List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(FieldProblem.of("startsAt", "required", "is required: a date and time such as "
                    + "2026-12-10T18:00"));
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).withSecond(0).withNano(0);
        } catch (DateTimeParseException unreadable) {
            problems.add(FieldProblem.of("startsAt", "date_time",
                    "must be a local date and time such as 2026-12-10T18:00", text));
            return null;
        }
    }

    private static String link(String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        String link = text.strip();
        if (link.length() > MAX_LINK) {
            problems.add(FieldProblem.of("link", "max_length", "must be at most " + MAX_LINK + " characters",
                    MAX_LINK));
            return null;
        }
        try {
            URI uri = new URI(link);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                problems.add(FieldProblem.of("link", "https", "must be an https address such as "
                        + "https://meet.example.org/librehosters", text));
                return null;
            }
        } catch (URISyntaxException unreadable) {
            problems.add(FieldProblem.of("link", "https", "must be an https address such as "
                    + "https://meet.example.org/librehosters", text));
            return null;
        }
        return link;
    }

    static String address(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        String address = text.strip();
        if (address.length() > MAX_ADDRESS || !EmailAddress.isValid(address)) {
            problems.add(FieldProblem.of(field, "email", "must be an e-mail address such as name@example.org",
                    text));
            return null;
        }
        return address.toLowerCase(Locale.ROOT);
    }

    static String title(String text) {
        if (blank(text)) {
            throw InvalidInputException.of("title", "required", "is required");
        }
        String title = text.strip();
        if (title.length() > MAX_TITLE) {
            throw InvalidInputException.of("title", "max_length", "must be at most " + MAX_TITLE + " characters",
                    MAX_TITLE);
        }
        return title;
    }

    static String description(String text) {
        if (blank(text)) {
            return null;
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw InvalidInputException.of("description", "max_length",
                    "must be at most " + MAX_DESCRIPTION + " characters", MAX_DESCRIPTION);
        }
        return text.strip();
    }

    static String minutes(String text) {
        if (text != null && text.length() > MAX_MINUTES) {
            throw InvalidInputException.of("minutes", "max_length", "must be at most " + MAX_MINUTES + " characters",
                    MAX_MINUTES);
        }
        return blank(text) ? null : text;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
