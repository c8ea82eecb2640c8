package st.libreho.governance.internal.web.meetings;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.governance.MeetingDraft;
import st.libreho.platform.web.FormErrors;

/**
 * The form that plans a meeting, as typed: kept as text so that a refused form shows it again exactly.
 *
 * @param startsAt as a browser's date and time field sends it ({@code 2026-12-10T18:00})
 */
@TemplateData
public record MeetingForm(@RestForm String startsAt, @RestForm String timeZone, @RestForm String durationMinutes,
        @RestForm String link, @RestForm String facilitator, @RestForm String noteTaker) {

    static final String DEFAULT_ZONE = "Europe/Paris";

    static MeetingForm blank() {
        return new MeetingForm("", DEFAULT_ZONE, "90", "", "", "");
    }

    /** The draft for the facade; a duration that is not a number is this form's problem, named in {@code errors}. */
    MeetingDraft draft(FormErrors errors, MeetingLabels labels) {
        Integer duration = null;
        if (durationMinutes != null && !durationMinutes.isBlank()) {
            try {
                duration = Integer.valueOf(durationMinutes.strip());
            } catch (NumberFormatException notANumber) {
                errors.add("durationMinutes", labels.messages().problem_number());
            }
        }
        return new MeetingDraft(startsAt, timeZone, duration, link, facilitator, noteTaker);
    }
}
