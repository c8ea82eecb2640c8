package st.libreho.governance.internal.notices;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.governance.NoticeTopic;
import st.libreho.governance.Outcome;

/**
 * The texts of the e-mail notices and of the page where an organisation chooses them (templates read it as
 * {@code notice:}). English is in the annotations; French in {@code messages/notice_fr.properties}; the enum
 * constants' English, which has no annotation to live in, in {@code messages/notice.properties}. A notice is written
 * in both languages, since organisations have no language of their own: the mail is built from this bundle taken in
 * each language explicitly.
 */
@MessageBundle("notice")
public interface NoticeMessages {

    // --- the e-mails --------------------------------------------------------------------------------------

    /** Heads each language's part of a message. */
    @Message("In English")
    String mail_language();

    @Message("d MMMM yyyy 'at' HH:mm")
    String mail_date_pattern();

    @Message("New application: {name}")
    String mail_application_subject(String name);

    @Message("{name} applied to join the network. Read its application, comment, and take a position on behalf of "
            + "your organisation:")
    String mail_application(String name);

    @Message("Meeting of {when}: agenda")
    String mail_agenda_subject(String when);

    @Message("The agenda of the network's meeting of {when} is published. Read it, and add an item if your "
            + "organisation wants to discuss something:")
    String mail_agenda(String when);

    @Message("The meeting takes place online: {link}")
    String mail_agenda_link(String link);

    @Message("New proposal: {title}")
    String mail_opened_subject(String title);

    @Message("A proposal is open for your organisation's stance until {closes} (UTC): \"{title}\".")
    String mail_opened(String title, String closes);

    @Message("Please confirm your stance: {title}")
    String mail_revised_subject(String title);

    @Message("The text of the proposal \"{title}\" changed after your organisation took its stance. Your stance is "
            + "marked stale and does not count until you confirm or change it.")
    String mail_revised(String title);

    @Message("Closing soon: {title}")
    String mail_closing_subject(String title);

    @Message("{name} has not taken a stance yet on the proposal \"{title}\", which closes on {closes} (UTC).")
    String mail_closing(String name, String title, String closes);

    @Message("Decided: {title}")
    String mail_outcome_subject(String title);

    @Message("The proposal \"{title}\" closed: {outcome}.")
    String mail_outcome(String title, String outcome);

    @Message("Delegation changed: {name}")
    String mail_delegation_subject(String name);

    @Message("An address was added to the delegation of {name} (by {by}).")
    String mail_delegation_added(String name, String by);

    @Message("An address was removed from the delegation of {name} (by {by}).")
    String mail_delegation_removed(String name, String by);

    @Message("The contact address of {name} is now {address} (changed by {by}).")
    String mail_delegation_contact(String name, String address, String by);

    @Message("{name} no longer has a contact address (changed by {by}).")
    String mail_delegation_no_contact(String name, String by);

    @Message("You receive this at an address of {organisation} in the Librehosters directory. Choose what "
            + "{organisation} receives: {url}")
    String mail_footer(String organisation, String url);

    /** How an outcome reads inside a sentence. */
    @Message
    String outcome(Outcome outcome);

    // --- the page where an organisation chooses -----------------------------------------------------------

    @Message("E-mail notices of {name}")
    String page_title(String name);

    @Message("Choose what the platform writes about to the addresses of {name}: its delegation and its contact "
            + "address. Every message is written in English and in French.")
    String page_lead(String name);

    @Message("Send an e-mail when")
    String page_topics();

    @Message("Your choices are saved.")
    String page_saved();

    @Message("Choices of {name}")
    String page_breadcrumb(String name);

    @Message
    String topic(NoticeTopic topic);
}
