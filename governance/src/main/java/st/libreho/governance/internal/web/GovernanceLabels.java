package st.libreho.governance.internal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.Stance;
import st.libreho.governance.internal.GovernanceConfig;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.RequestLanguage;

/**
 * The proposals' field names, rules, reasons and choices in the words of the request's language. Templates read it
 * as {@code inject:govLabels}; the kit's {@code FormErrors} names fields through it. A form field whose id carries the
 * form it belongs to ({@code reason-coop}, {@code answer-12}) is named by the part before the first hyphen.
 */
@Named("govLabels")
@RequestScoped
@TemplateData
public class GovernanceLabels implements FieldLabels {

    /** One choice of a select: the submitted value and what the person reads. */
    @TemplateData
    public record Option(String value, String label) {
    }

    private final GovernanceMessages messages;
    private final Locale locale;
    private final GovernanceConfig config;

    public GovernanceLabels(RequestLanguage language, GovernanceConfig config) {
        this.messages = Bundles.of(GovernanceMessages.class, language.get());
        this.locale = language.locale();
        this.config = config;
    }

    /** The pages' texts in the request's language, for Java code. */
    public GovernanceMessages messages() {
        return messages;
    }

    @Override
    public String field(String name) {
        String base = name.contains("-") ? name.substring(0, name.indexOf('-')) : name;
        return switch (base) {
            case "kind" -> messages.field_kind();
            case "title" -> messages.field_title();
            case "text" -> messages.field_text();
            case "closesAt" -> messages.field_closes_at();
            case "facilitator" -> messages.field_facilitator();
            case "speakingFor" -> messages.field_speaking_for();
            case "concerned" -> messages.field_concerned();
            case "charterPath" -> messages.field_charter_path();
            case "charterRevision" -> messages.field_charter_revision();
            case "careTeam" -> messages.field_care_team();
            case "stance" -> messages.field_stance();
            case "reason" -> messages.field_reason();
            case "body" -> messages.field_body();
            case "state" -> messages.field_state();
            case "answer" -> messages.field_answer();
            case "minutesUrl" -> messages.field_minutes_url();
            case "outcome" -> messages.field_outcome();
            case "rationale" -> messages.field_rationale();
            case "inTheRough" -> messages.field_in_the_rough();
            case "organisation", "appealOrganisation" -> messages.field_organisation();
            case "appealReason" -> messages.field_reason();
            case "summary" -> messages.field_summary();
            default -> name;
        };
    }

    @Override
    public String problem(FieldProblem problem) {
        return switch (problem.code()) {
            case "required" -> messages.problem_required();
            case "too_long" -> messages.problem_too_long();
            case "too_soon" -> messages.problem_too_soon(config.minProposalDuration().toDays());
            case "invalid_email" -> messages.problem_invalid_email();
            case "not_member_address" -> messages.problem_not_member_address();
            case "not_member" -> messages.problem_not_member();
            case "membership_by_application" -> messages.problem_membership_by_application();
            case "objection_needs_reason" -> messages.problem_objection_needs_reason();
            case "invalid_state" -> messages.problem_invalid_state();
            case "not_open" -> messages.problem_not_open();
            case "text_unchanged" -> messages.problem_text_unchanged();
            case "invalid_url" -> messages.problem_invalid_url();
            case "no_appeal" -> messages.problem_no_appeal();
            // the facilitator's refusals carry the decision rules' reasons as codes (rough_needs_rationale)
            default -> reasonOr(problem.code().replace('_', '-'), problem.message());
        };
    }

    /** A reason of the decision rules ({@code quorum-not-reached}) in words; an unknown one as it came. */
    public String reason(String key) {
        return reasonOr(key, key);
    }

    private String reasonOr(String key, String otherwise) {
        return switch (key) {
            case "quorum-not-reached" -> messages.reason_quorum_not_reached();
            case "support-too-low" -> messages.reason_support_too_low();
            case "objection-open" -> messages.reason_objection_open();
            case "objection-addressed" -> messages.reason_objection_addressed();
            case "review-period-running" -> messages.reason_review_period_running();
            case "not-discussed-at-meeting" -> messages.reason_not_discussed_at_meeting();
            case "rough-needs-addressed-objection" -> messages.reason_rough_needs_addressed_objection();
            case "rough-needs-rationale" -> messages.reason_rough_needs_rationale();
            case "rough-needs-named-organisations" -> messages.reason_rough_needs_named_organisations();
            case "rough-not-allowed" -> messages.reason_rough_not_allowed();
            case "in-the-rough-without-addressed-objection" -> messages
                    .reason_in_the_rough_without_addressed_objection();
            case "addressed-objection-not-in-the-rough" -> messages.reason_addressed_objection_not_in_the_rough();
            case "not-adopted-needs-rationale" -> messages.reason_not_adopted_needs_rationale();
            case "not-the-facilitators" -> messages.reason_not_the_facilitators();
            case "rationale-required" -> messages.reason_rationale_required();
            case "withdraw-not-declared" -> messages.reason_withdraw_not_declared();
            default -> otherwise; // a rule without a text of its own stays in the facade's English
        };
    }

    /** The kinds a member opens here: all but membership, which an application to join opens. */
    public List<Option> kinds() {
        return Arrays.stream(ProposalKind.values()).filter(k -> k != ProposalKind.MEMBERSHIP)
                .map(k -> new Option(k.name(), messages.kind(k))).toList();
    }

    /** Every kind, for the decision log's filter. */
    public List<Option> allKinds() {
        return Arrays.stream(ProposalKind.values()).map(k -> new Option(k.name(), messages.kind(k))).toList();
    }

    public List<Option> stances() {
        return Arrays.stream(Stance.values()).map(s -> new Option(s.name(), messages.stance(s))).toList();
    }

    /** What a facilitator declares: withdrawing is the opener's. */
    public List<Option> outcomes() {
        return Arrays.stream(Outcome.values()).filter(o -> o != Outcome.WITHDRAWN)
                .map(o -> new Option(o.name(), messages.outcome(o))).toList();
    }

    /** Where an objection may move on to. */
    public List<Option> resolutions() {
        return Arrays.stream(ObjectionState.values()).filter(s -> s != ObjectionState.OPEN)
                .map(s -> new Option(s.name(), messages.objection(s))).toList();
    }

    /** A share (0 to 1) as the reader writes a percentage: 50 % or 50%. */
    public String percent(BigDecimal share) {
        return share == null ? "" : NumberFormat.getPercentInstance(locale).format(share);
    }

    public String days(Duration duration) {
        return duration == null ? "" : messages.days(duration.toDays());
    }
}
