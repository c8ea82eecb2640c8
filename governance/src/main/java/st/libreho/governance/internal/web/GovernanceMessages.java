package st.libreho.governance.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.governance.DecisionMode;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalState;
import st.libreho.governance.Stance;

/**
 * The texts of the proposals' and decisions' pages (templates read them as {@code gov:}). English is the default here;
 * French is in {@code messages/gov_fr.properties}, and a test checks that both have every key.
 * <p>
 * The enums use Qute's enum localization, as the registry's terms do: a method with a single enum parameter and a bare
 * {@code @Message} reads each constant from {@code <method>_<CONSTANT>} (or {@code <method>_$<CONSTANT>} when a
 * constant of that enum holds an underscore); their English is in {@code messages/gov.properties}. The decision rules'
 * reasons ({@code quorum-not-reached}) are the {@code reason_*} messages, looked up by {@link GovernanceLabels#reason}.
 */
@MessageBundle("gov")
public interface GovernanceMessages {

    @Message
    String kind(ProposalKind kind);

    @Message
    String state(ProposalState state);

    @Message
    String outcome(Outcome outcome);

    @Message
    String stance(Stance stance);

    @Message
    String objection(ObjectionState objection);

    @Message
    String mode(DecisionMode mode);

    // --- the decision log and the news ---------------------------------------------------------------------

    @Message("Decision log")
    String log_title();

    @Message("Every proposal the network closed, newest first: what was decided, how, and by whom. Open a "
            + "decision to read its text, the rules it was decided under, each organisation's stance and the "
            + "objections raised.")
    String log_lead();

    @Message("Filter the decision log")
    String log_filter_label();

    @Message("All kinds")
    String log_any_kind();

    @Message("Show")
    String log_show();

    @Message("{#if total == 0}No decision{#else if total == 1}1 decision{#else}{total} decisions{/if}")
    String log_count(long total);

    @Message("No proposal has been closed yet.")
    String log_empty();

    @Message("No proposal of this kind has been closed yet.")
    String log_empty_kind();

    @Message("Open proposals")
    String log_open_proposals();

    @Message("Meetings")
    String log_meetings();

    @Message("closed on {date}")
    String log_closed_on(String date);

    @Message("The same log for programs:")
    String log_formats();

    @Message("News")
    String news_title();

    @Message("What the network says, once its members agreed: press releases adopted by the network's decisions.")
    String news_lead();

    @Message("No press release has been adopted yet.")
    String news_empty();

    @Message("Adopted on {date}")
    String news_adopted_on(String date);

    @Message("The decision")
    String news_decision();

    @Message("Follow the news with a feed reader (Atom)")
    String news_feed();

    // --- open proposals ------------------------------------------------------------------------------------

    @Message("Open proposals")
    String proposals_title();

    @Message("What the network is deciding now, soonest closing first. Each member organisation gives one "
            + "stance, by a person of its delegation.")
    String proposals_lead();

    @Message("New proposal")
    String proposals_new();

    @Message("No proposal is open.")
    String proposals_empty();

    @Message("closes on {date}")
    String proposals_closes(String date);

    @Message("The decision log: every proposal closed so far")
    String proposals_log();

    @Message("The monthly meetings, whose agenda lists the open proposals")
    String proposals_meetings();

    @Message("{#if total == 0}No open proposal{#else if total == 1}1 open proposal{#else}{total} open proposals{/if}")
    String proposals_count(long total);

    // --- opening a proposal --------------------------------------------------------------------------------

    @Message("New proposal")
    String new_title();

    @Message("Write what you propose to the network. The rules in force today (quorum, support, appeal "
            + "window) are kept on the proposal: changing them later does not change it.")
    String new_lead();

    @Message("A membership proposal is opened by an application to join, not here.")
    String new_kind_hint();

    @Message("Choose")
    String new_choose();

    @Message("Markdown: **bold**, lists, links, [[wiki page]] links.")
    String new_text_hint();

    @Message("Date and time in UTC; at the earliest {earliest}. Left empty, the proposal closes then.")
    String new_closes_hint(String earliest);

    @Message("The e-mail address of a person in a member organisation's delegation, who declares the outcome. "
            + "Left empty, it is the next meeting's facilitator (or you, if no meeting is planned).")
    String new_facilitator_hint();

    @Message("You speak for several member organisations: the proposal is opened for this one.")
    String new_speaking_for_hint();

    @Message("For an exclusion or an end of services: the short name of the member organisation concerned, as "
            + "in its address.")
    String new_concerned_hint();

    @Message("For a charter change: the knowledge-base page (charter/cpp) and the number of its proposed revision.")
    String new_charter_hint();

    @Message("For a care team: the e-mail addresses of the people it names, one per line.")
    String new_care_team_hint();

    @Message("Open the proposal")
    String new_open();

    @Message("Only people in a member organisation's delegation open proposals.")
    String new_not_member();

    // --- a proposal ----------------------------------------------------------------------------------------

    @Message("The proposal is open.")
    String proposal_opened();

    @Message("Saved.")
    String proposal_saved();

    @Message("The new version of the text is saved. Earlier stances are marked stale: their organisations are "
            + "asked to confirm.")
    String proposal_revised();

    @Message("This proposal is closed: it no longer takes stances, changes or objections.")
    String proposal_closed_refusal();

    @Message("Opened by {name} on {date}")
    String proposal_opened_by(String name, String date);

    @Message("for {organisation}")
    String proposal_for(String organisation);

    @Message("Kind")
    String fact_kind();

    @Message("State")
    String fact_state();

    @Message("Outcome")
    String fact_outcome();

    @Message("Closes")
    String fact_closes();

    @Message("Closed")
    String fact_closed();

    @Message("Closed by")
    String fact_closed_by();

    @Message("Facilitator")
    String fact_facilitator();

    @Message("Organisation concerned")
    String fact_concerned();

    @Message("Charter page and revision")
    String fact_charter();

    @Message("Care team")
    String fact_care_team();

    @Message("Takes effect")
    String fact_effective();

    @Message("Text (version {number})")
    String text_title(int number);

    @Message("Rules frozen on this proposal")
    String rules_title();

    @Message("Mode")
    String rules_mode();

    @Message("Quorum")
    String rules_quorum();

    @Message("{percent} of the member organisations take a stance")
    String rules_quorum_value(String percent);

    @Message("Minimum support")
    String rules_min_support();

    @Message("{count} organisations agree")
    String rules_min_support_value(int count);

    @Message("Appeal window")
    String rules_appeal_window();

    @Message("Review period")
    String rules_review_period();

    @Message("{#if count == 1}1 day{#else}{count} days{/if}")
    String days(long count);

    @Message("Where it stands")
    String tally_title();

    @Message("Member organisations that count")
    String tally_eligible();

    @Message("Stances needed")
    String tally_required();

    @Message("Stances counted")
    String tally_counted();

    @Message("Support")
    String tally_support();

    @Message("It would be adopted by consensus now.")
    String tally_would_pass();

    @Message("Not adopted by consensus now, because:")
    String tally_not_yet();

    @Message("Rough consensus")
    String rough_title();

    @Message("Rationale")
    String rough_rationale();

    @Message("Organisations in the rough")
    String rough_in_the_rough();

    @Message("May be appealed until {date}")
    String rough_appeal_until(String date);

    @Message("Rationale")
    String outcome_rationale();

    // --- stances -------------------------------------------------------------------------------------------

    @Message("Stances")
    String stances_title();

    @Message("No organisation has taken a stance yet.")
    String stances_none();

    @Message("Organisation")
    String stances_organisation();

    @Message("Stance")
    String stances_stance();

    @Message("Who spoke")
    String stances_by();

    @Message("When")
    String stances_when();

    @Message("Reason")
    String stances_reason();

    @Message("on version {number}")
    String stances_version(int number);

    @Message("stale — asked to confirm")
    String stances_stale();

    @Message("does not count")
    String stances_not_counted();

    @Message("Stance of {organisation}")
    String stance_form_title(String organisation);

    @Message("Current stance: {stance}")
    String stance_current(String stance);

    @Message("Needed for an objection: say what would meet it.")
    String stance_reason_hint();

    @Message("Take this stance")
    String stance_take();

    @Message("Change the stance")
    String stance_change();

    @Message("Confirm the stance on the new text")
    String stance_confirm();

    @Message("The text changed since this stance: it does not count until confirmed.")
    String stance_stale_hint();

    // --- objections ----------------------------------------------------------------------------------------

    @Message("Objection ledger")
    String objections_title();

    @Message("No objection was raised.")
    String objections_none();

    @Message("Raised by {name} on {date}, against version {number}")
    String objection_raised(String name, String date, int number);

    @Message("Answer")
    String objection_answer();

    @Message("Minutes")
    String objection_minutes();

    @Message("Resolved by {name} on {date}")
    String objection_resolved(String name, String date);

    @Message("Move this objection on")
    String objection_resolve_title();

    @Message("An addressed objection is answered in writing.")
    String objection_answer_hint();

    @Message("Optional: where the answer was given at a meeting.")
    String objection_minutes_hint();

    @Message("Record")
    String objection_resolve();

    // --- versions, comments, appeals -----------------------------------------------------------------------

    @Message("Versions of the text")
    String versions_title();

    @Message("version {number} by {name}, {date}")
    String version_by(int number, String name, String date);

    @Message("what changed")
    String version_diff();

    @Message("{title}, version {number}")
    String version_page_title(String title, int number);

    @Message("What changed since version {number}")
    String version_diff_title(int number);

    @Message("The text is the same as in the version before; the title may have changed.")
    String version_same();

    @Message("This is the first version.")
    String version_first();

    @Message("Summary of the change")
    String version_summary();

    @Message("Old")
    String diff_old_line();

    @Message("New")
    String diff_new_line();

    @Message("Line")
    String diff_text();

    @Message("added")
    String diff_added();

    @Message("removed")
    String diff_removed();

    @Message("unchanged lines")
    String diff_gap();

    @Message("Discussion")
    String comments_title();

    @Message("No comment yet.")
    String comments_none();

    @Message("{name}{#if organisation}, {organisation}{/if}, {date}")
    String comment_by(String name, String organisation, String date);

    @Message("Comment")
    String comment_post();

    @Message("Appeals")
    String appeals_title();

    @Message("{organisation}, by {name} on {date}")
    String appeal_by(String organisation, String name, String date);

    @Message("Appeal this declaration")
    String appeal_form_title();

    @Message("An appeal reopens the proposal. Possible until {date}.")
    String appeal_hint(String date);

    @Message("Appeal")
    String appeal_lodge();

    // --- the author's and the facilitator's forms ----------------------------------------------------------

    @Message("What you may do")
    String actions_title();

    @Message("Revise the text")
    String revise_link();

    @Message("Revise: {title}")
    String revise_title(String title);

    @Message("Each version is kept. Stances taken on the earlier text become stale, and their organisations "
            + "are asked to confirm.")
    String revise_lead();

    @Message("Optional: what changed and why, for the history.")
    String revise_summary_hint();

    @Message("Save the new version")
    String revise_save();

    @Message("Someone saved a new version of the text since you opened this form. Your text is kept below; "
            + "compare it with theirs, then save again.")
    String revise_conflict_text();

    @Message("Saved meanwhile")
    String revise_conflict_theirs();

    @Message("Declare the outcome")
    String close_title();

    @Message("You facilitate this proposal: declare its outcome. The rules decide whether the declaration holds.")
    String close_lead();

    @Message("Needed for rough consensus and for not adopted.")
    String close_rationale_hint();

    @Message("For rough consensus: every organisation whose objection was addressed rather than accommodated.")
    String close_in_the_rough_hint();

    @Message("Declare")
    String close_declare();

    @Message("Withdraw the proposal")
    String withdraw_title();

    @Message("Your organisation opened it: withdrawing it decides nothing, and it stays in the decision log "
            + "as withdrawn.")
    String withdraw_lead();

    @Message("Withdraw")
    String withdraw_button();

    @Message("Members take part once signed in.")
    String sign_in_to_take_part();

    // --- fields --------------------------------------------------------------------------------------------

    @Message("Kind")
    String field_kind();

    @Message("Title")
    String field_title();

    @Message("Text")
    String field_text();

    @Message("Closes on")
    String field_closes_at();

    @Message("Facilitator's e-mail")
    String field_facilitator();

    @Message("Opened for")
    String field_speaking_for();

    @Message("Organisation concerned")
    String field_concerned();

    @Message("Charter page")
    String field_charter_path();

    @Message("Proposed revision number")
    String field_charter_revision();

    @Message("Care team addresses")
    String field_care_team();

    @Message("Stance")
    String field_stance();

    @Message("Reason")
    String field_reason();

    @Message("Your comment")
    String field_body();

    @Message("What happened")
    String field_state();

    @Message("Answer")
    String field_answer();

    @Message("Minutes' address")
    String field_minutes_url();

    @Message("Outcome")
    String field_outcome();

    @Message("Rationale")
    String field_rationale();

    @Message("Organisations in the rough")
    String field_in_the_rough();

    @Message("Organisation")
    String field_organisation();

    @Message("Summary of the change")
    String field_summary();

    // --- problems ------------------------------------------------------------------------------------------

    @Message("is required")
    String problem_required();

    @Message("is too long")
    String problem_too_long();

    @Message("is too soon: a proposal stays open at least {days} days")
    String problem_too_soon(long days);

    @Message("must be an e-mail address")
    String problem_invalid_email();

    @Message("must be the address of a person in a member organisation's delegation")
    String problem_not_member_address();

    @Message("must name a member organisation")
    String problem_not_member();

    @Message("membership is proposed by an application to join (/join)")
    String problem_membership_by_application();

    @Message("an objection gives its reason, so that it can be met or answered")
    String problem_objection_needs_reason();

    @Message("must be accommodated, addressed or withdrawn")
    String problem_invalid_state();

    @Message("this objection is no longer open")
    String problem_not_open();

    @Message("an objection is accommodated by changing the text: revise the proposal first")
    String problem_text_unchanged();

    @Message("must be an address starting with https://, http:// or /")
    String problem_invalid_url();

    @Message("only a declaration of rough consensus is appealed, by a member organisation, within its appeal window")
    String problem_no_appeal();

    @Message("is not one of the choices offered")
    String problem_unknown_choice();

    @Message("must be a date and a time")
    String problem_not_a_date();

    @Message("must be a whole number")
    String problem_not_a_number();

    // --- the decision rules' reasons (keys of Tally.reasons and of the facilitator's refusals) -------------

    @Message("Not enough member organisations have taken a stance yet")
    String reason_quorum_not_reached();

    @Message("Not enough member organisations agree yet")
    String reason_support_too_low();

    @Message("An objection is still open")
    String reason_objection_open();

    @Message("An objection was addressed, not accommodated: only rough consensus can adopt it")
    String reason_objection_addressed();

    @Message("The application's review period is not over")
    String reason_review_period_running();

    @Message("The application has not been on the agenda of a meeting yet")
    String reason_not_discussed_at_meeting();

    @Message("Rough consensus is declared only when an objection was addressed rather than accommodated")
    String reason_rough_needs_addressed_objection();

    @Message("Rough consensus is declared with a written rationale")
    String reason_rough_needs_rationale();

    @Message("Name the organisations in the rough")
    String reason_rough_needs_named_organisations();

    @Message("This proposal's rules allow adoption by consensus only")
    String reason_rough_not_allowed();

    @Message("Each organisation in the rough has an addressed objection")
    String reason_in_the_rough_without_addressed_objection();

    @Message("Every organisation whose objection was addressed is named in the rough")
    String reason_addressed_objection_not_in_the_rough();

    @Message("Not adopted is declared with a written rationale")
    String reason_not_adopted_needs_rationale();

    @Message("A proposal is withdrawn by the organisation that opened it, not declared withdrawn")
    String reason_not_the_facilitators();

    @Message("Give the rationale")
    String reason_rationale_required();

    @Message("A proposal is withdrawn by the organisation that opened it")
    String reason_withdraw_not_declared();
}
