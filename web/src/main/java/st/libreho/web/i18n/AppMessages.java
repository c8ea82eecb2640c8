package st.libreho.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show. English is the default here; French is in {@code messages/msg_fr.properties}, and a
 * test checks that both have every key.
 */
@MessageBundle("msg")
public interface AppMessages {

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

    @Message("Your organisation shares these values? Apply to join the network")
    String home_join();

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
