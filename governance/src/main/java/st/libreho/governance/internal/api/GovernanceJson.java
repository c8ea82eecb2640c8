package st.libreho.governance.internal.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import st.libreho.platform.FieldProblem;

/** The JSON bodies of governance's API, and the parsing that names the field at fault. */
final class GovernanceJson {

    private GovernanceJson() {
    }

    record ProposalRequest(String kind, String title, String text, String closesAt, String facilitator,
            String speakingFor, String concerned, String charterPath, Long charterRevision, List<String> careTeam) {
    }

    record RevisionRequest(String title, String text, String summary, Integer baseVersion) {
    }

    record StanceRequest(String stance, String reason) {
    }

    record ObjectionRequest(String state, String answer, String minutesUrl) {
    }

    record CloseRequest(String outcome, String rationale, List<String> inTheRough) {
    }

    record AppealRequest(String organisation, String reason) {
    }

    record CommentRequest(String body) {
    }

    /** An enum value from its name, any case; a problem naming the field and the values it takes otherwise. */
    static <E extends Enum<E>> E value(Class<E> type, String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "required", "is required: one of " + names(type)));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "invalid_choice", "must be one of " + names(type), text));
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.toString(type.getEnumConstants());
    }

    /** An instant as ISO-8601 with an offset ({@code 2026-12-20T18:00:00Z}); a date-time without one is UTC. */
    static Instant instant(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                problems.add(FieldProblem.of(field, "invalid_date",
                        "is not an ISO-8601 date and time such as 2026-12-20T18:00:00Z", text));
                return null;
            }
        }
    }
}
