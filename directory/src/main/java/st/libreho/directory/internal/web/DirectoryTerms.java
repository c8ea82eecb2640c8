package st.libreho.directory.internal.web;

import st.libreho.platform.Page;
import st.libreho.platform.web.Languages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The directory's vocabulary in words: service categories, registration and price models, legal structures,
 * statuses, statement states, contact kinds, the CPP's commitments and sections (keyed by their stable ids), and the
 * names of an entry's fields. Templates read them as {@code term:}, Java code through the directory pages' labels.
 * French is in {@code messages/term_fr.properties}; a test checks that both have every key.
 */
@MessageBundle("term")
public interface DirectoryTerms {

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("E-mail")
    String category_email();

    @Message("Cloud storage")
    String category_cloud_storage();

    @Message("Chat")
    String category_chat();

    @Message("Video conferencing")
    String category_video_conferencing();

    @Message("Social network")
    String category_social_network();

    @Message("Collaborative pads")
    String category_pads();

    @Message("Forms")
    String category_forms();

    @Message("Calendar")
    String category_calendar();

    @Message("Office suite")
    String category_office();

    @Message("Polls and scheduling")
    String category_polls();

    @Message("Pastebin")
    String category_pastebin();

    @Message("Link shortener")
    String category_link_shortener();

    @Message("Search engine")
    String category_search();

    @Message("VPN")
    String category_vpn();

    @Message("DNS")
    String category_dns();

    @Message("Web hosting")
    String category_web_hosting();

    @Message("Code hosting")
    String category_code_hosting();

    @Message("Mailing lists")
    String category_mailing_lists();

    @Message("Blog")
    String category_blog();

    @Message("Maps")
    String category_maps();

    @Message("Other")
    String category_other();

    @Message("Open registrations")
    String registration_open();

    @Message("Registration on request")
    String registration_on_request();

    @Message("Members of the organisation only")
    String registration_members_only();

    @Message("Registrations closed")
    String registration_closed();

    @Message("Free of charge")
    String price_free();

    @Message("Free, donations welcome")
    String price_donation();

    @Message("Paid")
    String price_paid();

    @Message("Sliding scale")
    String price_sliding_scale();

    @Message("Individual")
    String legal_individual();

    @Message("Informal collective")
    String legal_informal_collective();

    @Message("Non-profit")
    String legal_non_profit();

    @Message("Co-operative")
    String legal_co_operative();

    @Message("Business")
    String legal_business();

    @Message("Other legal form")
    String legal_other();

    @Message("Meets it")
    String state_meets();

    @Message("Working on it")
    String state_working_on_it();

    @Message("Not applicable")
    String state_not_applicable();

    @Message("No statement")
    String state_none();

    @Message("No statement yet")
    String state_none_yet();

    @Message("Abuse contact")
    String contact_abuse();

    @Message("Security contact")
    String contact_security();

    @Message("Support contact")
    String contact_support();

    @Message("Applicant")
    String status_applicant();

    @Message("Member")
    String status_member();

    @Message("Leaving the network")
    String status_leaving();

    @Message("Former member")
    String status_former_member();

    @Message("Help other librehosters and share knowledge and techniques")
    String commitment_share_knowledge();

    @Message("Seek service replicability and share configurations")
    String commitment_share_configurations();

    @Message("Servers and services run on free software")
    String commitment_free_software();

    @Message("Use open formats, especially for publications")
    String commitment_open_formats();

    @Message("Respect the licences of the free software used, with licence and source links")
    String commitment_respect_licences();

    @Message("Contribute to the free software ecosystems used")
    String commitment_contribute();

    @Message("Publish a policy on user accounts and clear terms of service")
    String commitment_account_policy();

    @Message("Explain the economic model on an easy-to-find page")
    String commitment_economic_model();

    @Message("Do not exploit personal data")
    String commitment_no_data_exploitation();

    @Message("Provide a clear public contact point, preferably by e-mail")
    String commitment_contact_point();

    @Message("Let users access, export and recover their data")
    String commitment_data_portability();

    @Message("Provide encryption at no additional cost")
    String commitment_free_encryption();

    @Message("Provide end-to-end encryption when possible")
    String commitment_end_to_end_encryption();

    @Message("Do not tamper with or inspect users' traffic")
    String commitment_net_neutrality();

    @Message("Publish a web page presenting the services offered")
    String commitment_services_page();

    @Message("Appoint a delegation reachable at a single e-mail address")
    String commitment_single_contact();

    @Message("Solidarity and cooperation")
    String section_solidarity();

    @Message("Free software and the commons")
    String section_free_software();

    @Message("Transparency and fairness")
    String section_transparency();

    @Message("Privacy and data portability")
    String section_privacy();

    @Message("Structures of the members")
    String section_structures();

    @Message("Address in the directory")
    String field_slug();

    @Message("Name")
    String field_name();

    @Message("Tagline")
    String field_tagline();

    @Message("Description")
    String field_description();

    @Message("Legal structure")
    String field_legal_structure();

    @Message("Founding year")
    String field_founding_year();

    @Message("Country")
    String field_country();

    @Message("Region")
    String field_region();

    @Message("Languages")
    String field_languages();

    @Message("Logo address")
    String field_logo_url();

    @Message("Home page")
    String field_home_url();

    @Message("Page presenting the services")
    String field_services_page_url();

    @Message("Terms of service")
    String field_terms_of_service_url();

    @Message("Account policy")
    String field_account_policy_url();

    @Message("Privacy policy")
    String field_privacy_policy_url();

    @Message("Economic model")
    String field_economic_model_url();

    @Message("Contact e-mail")
    String field_contact_email();

    @Message("Contact page")
    String field_contact_url();

    @Message("Web address")
    String field_url();

    @Message("E-mail address")
    String field_email();

    @Message("Open registrations")
    String badge_open_registrations();

    @Message("Encrypted in transit")
    String badge_encryption_in_transit();

    @Message("End-to-end encrypted")
    String badge_end_to_end();

    @Message("Data export")
    String badge_data_export();

    @Message("Evidence")
    String statement_evidence();

    @Message("Software")
    String service_software();

    @Message("licence")
    String service_licence();

    @Message("source code")
    String service_source_code();

    @Message("Name of the service")
    String service_name();

    @Message("Kind of service")
    String service_category();

    @Message("Software name")
    String service_software_name();

    @Message("Software licence")
    String service_software_licence();

    @Message("Software source code")
    String service_software_source_url();

    @Message("Who may register")
    String service_registration();

    @Message("Price")
    String service_price_model();

    @Message("Encrypted in transit")
    String service_encryption_in_transit();

    @Message("End-to-end encryption")
    String service_end_to_end_encryption();

    @Message("Users can export their data")
    String service_data_export();

    @Message("The organisation's languages")
    String service_languages_of_organisation();

    @Message("Configuration in the registry")
    String service_registry_configuration();

    @Message("Where you stand")
    String statement_state();

    @Message("Evidence (web address)")
    String statement_evidence_url();

    @Message("Note")
    String statement_note();

    // what is wrong with a field, by the directory's rule codes (FieldProblem.code)

    @Message("is required")
    String problem_required();

    @Message("must be at most {max} characters (it has {actual})")
    String problem_max_length(String max, String actual);

    @Message("must be a full web address starting with https:// or http://")
    String problem_url();

    @Message("must be an e-mail address such as contact@example.org")
    String problem_email();

    @Message("'{value}' is not a two-letter ISO 639-1 language code, such as fr or en")
    String problem_language(String value);

    @Message("must be a two-letter ISO 3166-1 country code, such as FR or DE")
    String problem_country();

    @Message("must be a year between 1900 and this year")
    String problem_founding_year();

    @Message("must be an SPDX licence expression, such as AGPL-3.0-or-later or MIT OR Apache-2.0")
    String problem_spdx();

    @Message("must be 1 to 64 lower-case letters, digits or dashes, not starting or ending with a dash")
    String problem_slug();

    @Message("'{slug}' is already taken by another organisation")
    String problem_slug_taken(String slug);

    @Message("{email} is already in the delegation")
    String problem_already_delegate(String email);

    @Message("the delegation cannot be left empty: add someone else first")
    String problem_delegation_empty();

    @Message("give an e-mail address, a web address, or both")
    String problem_contact_missing();
}
