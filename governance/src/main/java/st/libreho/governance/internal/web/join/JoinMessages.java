package st.libreho.governance.internal.web.join;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.governance.ApplicationState;

/**
 * The texts of the pages to apply and follow an application (templates read them as {@code join:}). English is here,
 * except the enum constants' ({@code messages/join.properties}); French is in {@code messages/join_fr.properties}.
 */
@MessageBundle("join")
public interface JoinMessages {

    @Message
    String state(ApplicationState state);

    @Message("Apply to join the network")
    String title();

    @Message("Any organisation that shares the network's values and meets its commitments may apply. Describe it "
            + "here; the members review the application for at least {days} days and discuss it at a monthly "
            + "meeting. You can complete the entry, its services and its commitment statements on the directory's "
            + "pages at once, while the members read it.")
    String lead(long days);

    @Message("Sign in to apply: the address you sign in with becomes the organisation's first delegation address.")
    String sign_in_first();

    @Message("Sign in")
    String sign_in();

    @Message("Address in the directory")
    String field_slug();

    @Message("Lower-case letters, digits and hyphens, as in /members/your-name.")
    String hint_slug();

    @Message("Name of the organisation")
    String field_name();

    @Message("Website")
    String field_home_url();

    @Message("Country (two letters, such as FR)")
    String field_country();

    @Message("Contact address of the delegation")
    String field_contact_email();

    @Message("Leave it empty to use the address you signed in with ({email}).")
    String hint_contact_email(String email);

    @Message("Why you apply")
    String field_motivation();

    @Message("Markdown. Say who you are, what you host and for whom, and how you meet each commitment. You can "
            + "revise it during the review.")
    String hint_motivation();

    @Message("Apply")
    String submit();

    @Message("Applications")
    String list_title();

    @Message("No application yet.")
    String list_empty();

    @Message("Submitted on {date}")
    String submitted_on(String date);

    @Message("Application of {name}")
    String application_title(String name);

    @Message("Your application is submitted. The members have been told; follow it here.")
    String submitted();

    @Message("The review period ends on {date}.")
    String review_ends(String date);

    @Message("A meeting held since it opened has discussed it.")
    String discussed();

    @Message("No meeting has discussed it yet: it will be on the next meeting's agenda.")
    String not_discussed();

    @Message("Complete the entry")
    String complete_title();

    @Message("The members read the organisation's directory entry beside the application. Complete it now:")
    String complete_lead();

    @Message("the entry")
    String complete_entry();

    @Message("its services")
    String complete_services();

    @Message("its commitment statements")
    String complete_statements();

    @Message("or fill it from a librehost.json manifest")
    String complete_import();

    @Message("Discussion, stances and revisions")
    String discussion();

    @Message("Read the membership proposal, its discussion and the members' stances")
    String to_proposal();

    @Message("The organisation is a member now. Offer the network's welcome press release:")
    String welcome_lead();

    @Message("Propose the welcome press release")
    String welcome_propose();

    @Message("Welcome to {name}")
    String welcome_release_title(String name);

    @Message("The librehosters network welcomes **{name}** as a member.\n\nAfter a month of review and a discussion "
            + "at the monthly meeting, the members agreed to its application. Its services and commitments are in the "
            + "directory: /members/{slug}\n")
    String welcome_release_text(String name, String slug);

    @Message("Leave the network")
    String leave_title();

    @Message("The organisation leaves the network: it stays in the directory's history as a former member, with its "
            + "stances and decisions. Leave the date empty to leave at once; with a date, it is \"leaving\" until then.")
    String leave_lead();

    @Message("On (optional)")
    String leave_on();

    @Message("Give a date such as 2027-01-31.")
    String leave_bad_date();

    @Message("Leave the network")
    String leave_submit();
}
