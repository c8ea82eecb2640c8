package st.libreho.governance.internal.web.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.RequestLanguage;

/**
 * The meetings' field names, rules and moments in the words of the request's language. Templates read it as
 * {@code inject:meetLabels}; the kit's {@code FormErrors} names fields through it.
 */
@Named("meetLabels")
@RequestScoped
@TemplateData
public class MeetingLabels implements FieldLabels {

    private final MeetingMessages messages;
    private final Locale locale;

    public MeetingLabels(RequestLanguage language) {
        this.messages = Bundles.of(MeetingMessages.class, language.get());
        this.locale = language.locale();
    }

    public MeetingMessages messages() {
        return messages;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String field(String name) {
        return switch (name) {
            case "startsAt" -> messages.field_starts_at();
            case "timeZone" -> messages.field_time_zone();
            case "durationMinutes" -> messages.field_duration();
            case "link" -> messages.field_link();
            case "facilitator" -> messages.field_facilitator();
            case "noteTaker" -> messages.field_note_taker();
            case "title" -> messages.field_title();
            case "description" -> messages.field_description();
            case "minutes" -> messages.field_minutes();
            case "attendance" -> messages.field_attendance();
            case "meeting" -> messages.field_meeting();
            default -> name;
        };
    }

    @Override
    public String problem(FieldProblem problem) {
        return switch (problem.code()) {
            case "required" -> messages.problem_required();
            case "date_time" -> messages.problem_date_time();
            case "no_such_time" -> messages.problem_no_such_time(argument(problem, 1));
            case "time_zone" -> messages.problem_time_zone();
            case "range" -> messages.problem_range(argument(problem, 0), argument(problem, 1));
            case "number" -> messages.problem_number();
            case "https" -> messages.problem_https();
            case "email" -> messages.problem_email();
            case "max_length" -> messages.problem_max_length(number(argument(problem, 0)));
            case "not_member" -> messages.problem_not_member(argument(problem, 0));
            case "too_many" -> messages.problem_too_many(argument(problem, 0));
            case "cancelled" -> messages.problem_cancelled();
            case "started" -> messages.problem_started();
            case "not_started" -> messages.problem_not_started();
            case "approved" -> messages.problem_approved();
            case "no_previous" -> messages.problem_no_previous();
            case "already_approved" -> messages.problem_already_approved();
            case "none_written" -> messages.problem_none_written();
            default -> problem.message(); // a rule without a text of its own stays in the facade's English
        };
    }

    /** A meeting's start as its members read it where it was planned: a long date and the time, in its zone. */
    public String local(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneId.of(zone)));
    }

    /** The day of a meeting, in its zone, for titles. */
    public String day(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(ZoneId.of(zone)));
    }

    /** A limit as the reader writes numbers: 200,000 or 200 000. */
    private String number(String digits) {
        try {
            return String.format(locale, "%,d", Long.parseLong(digits));
        } catch (NumberFormatException notANumber) {
            return digits;
        }
    }

    private static String argument(FieldProblem problem, int index) {
        return problem.arguments().size() > index ? problem.arguments().get(index) : "";
    }
}
