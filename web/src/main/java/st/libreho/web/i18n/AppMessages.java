package st.libreho.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show. English is the default here; French is in {@code messages/msg_fr.properties}, and a
 * test checks that both have every key.
 */
@MessageBundle("msg")
public interface AppMessages {

    @Message("Librehosters")
    String site_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("Directory")
    String nav_directory();

    @Message("Registry")
    String nav_registry();

    @Message("Knowledge base")
    String nav_knowledge_base();

    @Message("Governance")
    String nav_governance();

    @Message("News")
    String nav_news();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Your account")
    String account_label();

    @Message("Language")
    String language_label();

    @Message("Free software under the {licence}.")
    String footer_licence(String licence);

    @Message("Source code")
    String footer_source();

    @Message("Network contact")
    String footer_contact();

    @Message("A network of small hosting providers who cooperate")
    String home_title();

    @Message("The Librehosters are a network of cooperation and solidarity: hosting providers who run free software, "
            + "encourage decentralisation through federation, and put transparency, fairness and privacy first.")
    String home_lead();

    @Message("Find a host")
    String home_find_title();

    @Message("Browse the member organisations and the services they offer, and choose one that fits your needs.")
    String home_find_text();

    @Message("Share how we run things")
    String home_share_title();

    @Message("Members publish their service configurations so that others can replicate a service, and keep a "
            + "shared knowledge base.")
    String home_share_text();

    @Message("Decide together")
    String home_decide_title();

    @Message("Applications, proposals and press releases are decided by the members, by consensus or rough "
            + "consensus, and every decision is public.")
    String home_decide_text();

    @Message("You")
    String me_title();

    @Message("Who you are on the platform, as your identity provider told us.")
    String me_lead();

    @Message("Name")
    String me_name();

    @Message("E-mail")
    String me_email();

    @Message("verified by your provider")
    String me_email_verified();

    @Message("not verified by your provider")
    String me_email_unverified();

    @Message("none shared")
    String me_none();

    @Message("Preferred language")
    String me_language();

    @Message("Identifier at your provider")
    String me_subject();

    @Message("Platform roles")
    String me_roles();

    @Message("operator")
    String role_operator();

    @Message("Your organisations")
    String me_organisations();

    @Message("delegate")
    String me_delegate();

    @Message("member")
    String me_member();

    @Message("You do not act for any organisation yet. A delegate of an organisation can add your verified e-mail "
            + "address to its delegation.")
    String me_no_organisation();

    @Message("First seen")
    String me_first_seen();

    @Message("Page not found")
    String error_404_title();

    @Message("There is nothing at this address. It may have moved, or the link may be mistyped.")
    String error_404_text();

    @Message("Not allowed")
    String error_403_title();

    @Message("You are signed in, but this is not something you may do or see.")
    String error_403_text();

    @Message("Please sign in")
    String error_401_title();

    @Message("You need to sign in to see this page.")
    String error_401_text();

    @Message("Something went wrong")
    String error_500_title();

    @Message("We could not answer this request. Nothing you typed is lost: go back and try again. If it keeps "
            + "happening, tell the operators and give them this reference: {reference}.")
    String error_500_text(String reference);

    @Message("The request could not be understood")
    String error_400_title();

    @Message("Something in the request is not valid: {detail}")
    String error_400_text(String detail);

    @Message("This form could not be accepted")
    String error_form_title();

    @Message("The form may have been open too long, or it did not come from this site. Go back, reload the page and "
            + "submit it again.")
    String error_form_text();

    @Message("Back to the home page")
    String error_home_link();

    @Message("Find a host")
    String nav_services();

    @Message("Operator")
    String nav_operator();

    @Message("Find a host for your need")
    String home_search_title();

    @Message("I need")
    String home_search_need();

    @Message("(kind of service)")
    String home_search_need_more();

    @Message("in")
    String home_search_in();

    @Message("(language)")
    String home_search_in_more();

    @Message("Browse the members")
    String home_directory_title();
}
