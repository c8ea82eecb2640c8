package st.libreho.directory.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the directory's pages (templates read them as {@code dir:}); the directory's own words, such as
 * categories and commitments, are in {@link DirectoryTerms}. English is the default here; French is in
 * {@code messages/dir_fr.properties}, and a test checks that both have every key.
 * <p>
 * Each module's pages get bundles of their own: besides keeping a module's words together, this keeps every bundle
 * under 300 messages, beyond which Quarkus 3.33 generates a message resolver that the JVM refuses to load.
 */
@MessageBundle("dir")
public interface DirectoryMessages {

    @Message("must be a year written in digits, such as 2016")
    String error_not_a_year();

    @Message("is not one of the choices offered")
    String error_unknown_choice();

    @Message("is required")
    String error_required();

    @Message("The year only, for example 2016.")
    String hint_founding_year();

    @Message("Choose every language the organisation speaks with its users: hold Ctrl (⌘ on a Mac) to choose several.")
    String hint_languages();

    @Message("Full web addresses, starting with https://.")
    String hint_urls();

    @Message("The CPP asks every member to publish one.")
    String hint_services_page();

    @Message("Shown on your page only if it starts with https://.")
    String hint_logo();

    @Message("Your delegation's single public address; it is also added to the delegation when the entry is created.")
    String hint_contact_email();

    @Message("Lower-case letters, digits and dashes: the page will be at /members/this-address.")
    String hint_slug();

    @Message("Leave empty if the service speaks the organisation's languages.")
    String hint_service_languages();

    @Message("An SPDX expression, for example AGPL-3.0-or-later.")
    String hint_licence();

    @Message("Optional: the registry configuration this service runs, as owner/slug@version (for example tiriad/bonfire@1.1.0); it is then linked, and listed among that configuration's users.")
    String hint_registry_configuration();

    @Message("Search and filters")
    String filters_title();

    @Message("Search")
    String filters_text();

    @Message("Service")
    String filters_category();

    @Message("Any service")
    String filters_any_category();

    @Message("Language")
    String filters_language();

    @Message("Any language")
    String filters_any_language();

    @Message("Country")
    String filters_country();

    @Message("Any country")
    String filters_any_country();

    @Message("Languages of the members")
    String filters_members_languages();

    @Message("Other languages")
    String filters_other_languages();

    @Message("Countries of the members")
    String filters_members_countries();

    @Message("Other countries")
    String filters_other_countries();

    @Message("Price")
    String filters_price();

    @Message("Any price")
    String filters_any_price();

    @Message("Open registrations only")
    String filters_open();

    @Message("Search")
    String filters_submit();

    @Message("Clear the filters")
    String filters_clear();

    @Message("Member directory")
    String directory_title();

    @Message("The organisations of the Librehosters network: hosting providers who run free software and have "
            + "committed to the network's charter.")
    String directory_lead();

    @Message("Looking for a particular service? Search the services of every member.")
    String directory_to_services();

    @Message("{#if count == 0}No organisation found{#else if count == 1}1 organisation{#else}{count} "
            + "organisations{/if}")
    String directory_count(long count);

    @Message("The directory has no member yet.")
    String directory_empty();

    @Message("No member matches these filters. Try fewer filters or another search.")
    String directory_empty_filtered();

    @Message("Services")
    String directory_service_categories();

    @Message("For machines")
    String directory_formats_title();

    @Message("the network index in the libreho.st format, linking each member's librehost.json")
    String directory_format_index();

    @Message("the whole directory with services, contacts and statements, as JSON")
    String directory_format_json();

    @Message("the whole directory as a spreadsheet (CSV)")
    String directory_format_csv();

    @Message("Find a host for your need")
    String services_title();

    @Message("The services offered by the network's members. Choose what you need, in your language, and where you "
            + "can open an account.")
    String services_lead();

    @Message("Browse the member organisations instead.")
    String services_to_directory();

    @Message("{#if count == 0}No service found{#else if count == 1}1 service{#else}{count} services{/if}")
    String services_count(long count);

    @Message("No member has listed a service yet.")
    String services_empty();

    @Message("No service matches these filters. Try another language, or include services without open registrations.")
    String services_empty_filtered();

    @Message("Offered by")
    String services_offered_by();

    @Message("Logo of {name}")
    String member_logo_alt(String name);

    @Message("Your changes are saved.")
    String member_saved();

    @Message("About")
    String member_about();

    @Message("Where")
    String member_location();

    @Message("In the directory since")
    String member_in_directory_since();

    @Message("Pages and policies")
    String member_links();

    @Message("No page or policy given yet.")
    String member_no_links();

    @Message("Contact")
    String member_contact();

    @Message("No contact given yet.")
    String member_no_contact();

    @Message("Services")
    String member_services();

    @Message("No service listed yet.")
    String member_no_services();

    @Message("Commitments")
    String member_commitments();

    @Message("Where the organisation says it stands on each commitment of the network's charter (CPP).")
    String member_commitments_lead();

    @Message("More")
    String member_more();

    @Message("History of changes")
    String member_history_link();

    @Message("this entry in the libreho.st format")
    String member_manifest_link();

    @Message("Add a service")
    String service_new_title();

    @Message("Edit the service {name}")
    String service_edit_title(String name);

    @Message("The service")
    String service_what();

    @Message("Access")
    String service_access();

    @Message("Privacy")
    String service_privacy();

    @Message("Add the service")
    String service_add();

    @Message("Manage this organisation")
    String manage_label();

    @Message("Manage")
    String manage_title();

    @Message("Edit the entry")
    String manage_edit_entry();

    @Message("Add a service")
    String manage_add_service();

    @Message("Abuse, security and support contacts")
    String manage_contacts();

    @Message("Statements on the commitments")
    String manage_statements();

    @Message("Delegation")
    String manage_delegation();

    @Message("Fill from a librehost.json")
    String manage_import();

    @Message("Export all our data (JSON)")
    String manage_export();

    @Message("Edit {name}")
    String manage_edit_service(String name);

    @Message("Remove {name}")
    String manage_remove_service(String name);

    @Message("Edit the entry of {name}")
    String entry_edit_title(String name);

    @Message("Who you are")
    String entry_identity();

    @Message("Where and in which languages")
    String entry_place();

    @Message("Pages and policies")
    String entry_links();

    @Message("Contact")
    String entry_contact();

    @Message("Save my version")
    String conflict_save_mine();

    @Message("Contacts of {name}")
    String contacts_title(String name);

    @Message("Besides the delegation's address, an organisation may publish contacts for abuse reports, security "
            + "issues and user support. Give an e-mail address, a web page, or both.")
    String contacts_lead();

    @Message("Where to report spam, phishing or other abuse coming from your services.")
    String contacts_abuse_hint();

    @Message("Where to report a security vulnerability in your services.")
    String contacts_security_hint();

    @Message("Where your users get help.")
    String contacts_support_hint();

    @Message("Remove this contact")
    String contacts_remove();

    @Message("Commitments of {name}")
    String statements_title(String name);

    @Message("For each commitment of the charter, say where your organisation stands, and point to evidence where you "
            + "can. Only the commitments you change are saved.")
    String statements_lead();

    @Message("choose where you stand to save evidence or a note")
    String statement_state_needed();

    @Message("Save the statements")
    String statements_save();

    @Message("Delegation of {name}")
    String delegation_title(String name);

    @Message("The delegation is the people who act for the organisation in the network. Each address below belongs to "
            + "someone of the delegation.")
    String delegation_lead();

    @Message("A person whose verified e-mail address is in this list gets the delegate role when they sign in: they "
            + "can then manage this entry, its services and its statements. Every change to the delegation is "
            + "recorded in the public history.")
    String delegation_sign_in();

    @Message("Addresses in the delegation")
    String delegation_addresses();

    @Message("Added")
    String delegation_added();

    @Message("by {actor}")
    String delegation_added_by(String actor);

    @Message("Actions")
    String delegation_actions();

    @Message("Remove {email}")
    String delegation_remove(String email);

    @Message("Add someone to the delegation")
    String delegation_add_title();

    @Message("The address they sign in with, as their identity provider verified it.")
    String delegation_add_hint();

    @Message("Add to the delegation")
    String delegation_add();

    @Message("The single address where the network and the public reach your delegation (CPP). It is shown on your "
            + "public page.")
    String delegation_contact_hint();

    @Message("Change the contact address")
    String delegation_contact_save();

    @Message("the entry has another problem to fix first: {message}")
    String delegation_entry_invalid(String message);

    @Message("History of {name}")
    String history_title(String name);

    @Message("Every change to this entry, newest first ({total} in all).")
    String history_lead(long total);

    @Message("Nothing has been recorded yet.")
    String history_empty();

    @Message("by {actor}")
    String history_by(String actor);

    @Message("Entered the directory as {status}.")
    String history_created(String status);

    @Message("{field} set to “{value}”.")
    String history_field_set(String field, String value);

    @Message("{field} removed (was “{value}”).")
    String history_field_cleared(String field, String value);

    @Message("{field} changed from “{before}” to “{after}”.")
    String history_field_changed(String field, String before, String after);

    @Message("Contact e-mail set to {email}.")
    String history_contact_email_set(String email);

    @Message("Contact e-mail {email} removed.")
    String history_contact_email_cleared(String email);

    @Message("Contact e-mail changed from {before} to {after}.")
    String history_contact_email_changed(String before, String after);

    @Message("Status changed from {before} to {after}.")
    String history_status_changed(String before, String after);

    @Message("Service “{name}” added ({category}).")
    String history_service_added(String name, String category);

    @Message("Service “{name}” updated.")
    String history_service_updated(String name);

    @Message("Service “{before}” updated and renamed “{after}”.")
    String history_service_renamed(String before, String after);

    @Message("Service “{name}” removed.")
    String history_service_removed(String name);

    @Message("{kind} set to {value}.")
    String history_contact_set(String kind, String value);

    @Message("{kind} removed.")
    String history_contact_removed(String kind);

    @Message("Statement on “{commitment}”: {state}.")
    String history_statement_set(String commitment, String state);

    @Message("{email} added to the delegation.")
    String history_delegate_added(String email);

    @Message("{email} removed from the delegation.")
    String history_delegate_removed(String email);

    @Message("An address was added to the delegation.")
    String history_delegate_added_hidden();

    @Message("An address was removed from the delegation.")
    String history_delegate_removed_hidden();

    @Message("{kind}: {subject}")
    String history_other(String kind, String subject);

    @Message("Fill the entry of {name} from a librehost.json")
    String import_title(String name);

    @Message("Members of libreho.st describe themselves in a librehost.json file. Give yours, uploaded or by its "
            + "address: you will see what it would change before anything is saved.")
    String import_lead();

    @Message("Upload the file")
    String import_upload_title();

    @Message("Or fetch it from your site")
    String import_fetch_title();

    @Message("librehost.json file")
    String import_file();

    @Message("Address of the librehost.json")
    String import_url();

    @Message("For example https://example.org/librehost.json.")
    String import_url_hint();

    @Message("librehost.json")
    String import_manifest();

    @Message("Preview")
    String import_preview();

    @Message("choose a librehost.json file to upload")
    String import_choose_file();

    @Message("is too large for a librehost.json (at most 256 KiB)")
    String import_too_large();

    @Message("{field}: {message}")
    String import_problem(String field, String message);

    @Message("What the librehost.json would change for {name}")
    String import_preview_title(String name);

    @Message("Values found")
    String import_values_title();

    @Message("The values below replace those of the entry; what the file does not give stays as it is.")
    String import_values_lead();

    @Message("The file gives no usable value.")
    String import_no_values();

    @Message("Now in the directory")
    String import_now();

    @Message("From the librehost.json")
    String import_from_manifest();

    @Message("changes")
    String import_changes();

    @Message("What could not be used")
    String import_warnings_title();

    @Message("Fields of the file that were not used, and why")
    String import_warnings_caption();

    @Message("Every field of the file could be used.")
    String import_no_warnings();

    @Message("Field")
    String import_warning_field();

    @Message("Value found")
    String import_warning_value();

    @Message("Why it was not used")
    String import_warning_reason();

    @Message("missing")
    String import_warning_missing();

    @Message("Fill the entry with these values")
    String import_confirm();

    @Message("Start again")
    String import_start_again();

    @Message("The entry changed since you started the import. Nothing was saved. The column “Now in the directory” "
            + "shows the entry as it is now: check it, then confirm again.")
    String import_changed_meanwhile();

    @Message("Operator tools")
    String operator_title();

    @Message("Operators run the platform. They record the founding members and bring existing members in from "
            + "libreho.st; membership decisions belong to the members.")
    String operator_lead();

    @Message("Record a founding member")
    String operator_new_member();

    @Message("A founding member enters the directory as a member straight away: the first members could not apply to "
            + "anyone.")
    String operator_new_member_lead();

    @Message("Address")
    String operator_address();

    @Message("Create the member")
    String operator_create();

    @Message("Import members from libreho.st")
    String operator_import();

    @Message("Create founding members from their librehost.json, or every member listed in a directory.json. Each "
            + "field that cannot be used is reported.")
    String operator_import_lead();

    @Message("One member from its librehost.json")
    String operator_import_manifest_title();

    @Message("Paste the librehost.json")
    String operator_import_paste();

    @Message("Or give its address instead of pasting it.")
    String operator_import_url_hint();

    @Message("Optional: made from the name when left empty.")
    String operator_import_slug_hint();

    @Message("paste the librehost.json or give its address, not both")
    String operator_import_one_source();

    @Message("Import this member")
    String operator_import_manifest();

    @Message("Every member of a directory.json")
    String operator_import_index_title();

    @Message("Paste the directory.json")
    String operator_import_index();

    @Message("Each member's librehost.json is fetched from the address the index gives.")
    String operator_import_index_hint();

    @Message("Import every member")
    String operator_import_directory();

    @Message("Import result")
    String operator_imported_title();

    @Message("{#if count == 0}No member was created.{#else if count == 1}1 member was created.{#else}{count} members "
            + "were created.{/if}")
    String operator_imported_count(int count);

    @Message("Members that could not be imported")
    String operator_import_failed();

    @Message("What could not be used in the directory.json")
    String operator_import_index_warnings();

    @Message("Import more members")
    String operator_import_more();

    @Message("Someone else changed this contact since you opened the page: it is now {email} {url}. Your values are "
            + "kept below; save again to replace theirs.")
    String contacts_changed_meanwhile(String email, String url);
}
