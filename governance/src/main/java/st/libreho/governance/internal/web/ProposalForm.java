package st.libreho.governance.internal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import st.libreho.governance.ProposalDraft;
import st.libreho.governance.ProposalKind;
import st.libreho.platform.web.FormErrors;
import st.libreho.platform.web.FormValues;

/**
 * A new proposal as its form sends it: every value as typed, so that a form shown again after a refusal keeps exactly
 * what the person wrote. Field names are the facade's ({@code closesAt}), so that its problems land beside the right
 * field. The closing date is a {@code datetime-local} value, read in UTC as every date of the platform is shown.
 */
@TemplateData
public record ProposalForm(@RestForm String kind, @RestForm String title, @RestForm String text,
        @RestForm String closesAt, @RestForm String facilitator, @RestForm String speakingFor,
        @RestForm String concerned, @RestForm String charterPath, @RestForm String charterRevision,
        @RestForm String careTeam) {

    /** The form as a link may prefill it (the welcome press release of an accepted application). */
    static ProposalForm prefilled(String kind, String title, String text) {
        ProposalKind chosen = DecisionLogPage.kind(kind);
        return new ProposalForm(chosen == null || chosen == ProposalKind.MEMBERSHIP ? "" : chosen.name(),
                title == null ? "" : title, text == null ? "" : text, "", "", "", "", "", "", "");
    }

    /** The draft to send to the facade; what cannot be read (a date, a number, a choice) goes to {@code errors}. */
    ProposalDraft draft(FormErrors errors, GovernanceLabels labels) {
        ProposalKind chosen = FormValues.choice(ProposalKind.class, "kind", kind, errors,
                labels.messages().problem_unknown_choice());
        return new ProposalDraft(chosen, title, text, closing(errors, labels), blank(facilitator),
                blank(speakingFor), blank(concerned), blank(charterPath), revision(errors, labels), addresses());
    }

    private Instant closing(FormErrors errors, GovernanceLabels labels) {
        if (closesAt == null || closesAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(closesAt.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            errors.add("closesAt", labels.messages().problem_not_a_date());
            return null;
        }
    }

    private Long revision(FormErrors errors, GovernanceLabels labels) {
        if (charterRevision == null || charterRevision.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(charterRevision.strip());
        } catch (NumberFormatException notANumber) {
            errors.add("charterRevision", labels.messages().problem_not_a_number());
            return null;
        }
    }

    /** The care team's addresses, one per line (commas and spaces separate them too). */
    private List<String> addresses() {
        if (careTeam == null || careTeam.isBlank()) {
            return List.of();
        }
        return Arrays.stream(careTeam.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
