package st.libreho.directory.internal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.StatementState;

/**
 * The directory's vocabulary in words: service categories, registration and price models, legal structures,
 * statuses, statement states, contact kinds, the CPP's commitments and sections (keyed by their stable ids), and the
 * names of an entry's fields. Templates read them as {@code term:}, Java code through the directory pages' labels.
 * <p>
 * The enums use Qute's enum localization: a method with a single enum parameter and a bare {@code @Message} (no
 * template; Quarkus 3.33.2 needs the annotation itself, or building the French bundle fails) gets a generated
 * {@code {#when}} over the constants, each read from the key {@code <method>_<CONSTANT>}, or
 * {@code <method>_$<CONSTANT>} when a constant of that enum contains an underscore (so that {@code category_$WEB_HOSTING}
 * cannot be mistaken for another split). Those keys have no annotation to hold their English, so English is in
 * {@code messages/term.properties} (the file for the default locale) and French in {@code messages/term_fr.properties};
 * a test checks that every language has every key.
 */
@MessageBundle("term")
public interface DirectoryTerms {

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message
    String category(ServiceCategory category);

    @Message
    String registration(Registration registration);

    @Message
    String price(PriceModel price);

    @Message
    String legal(LegalStructure structure);

    @Message
    String state(StatementState state);

    @Message
    String contact(ContactKind kind);

    @Message
    String status(OrganisationStatus status);

    @Message
    String commitment(Commitment commitment);

    @Message("No statement")
    String state_none();

    @Message("No statement yet")
    String state_none_yet();

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

    @Message("holds a character that cannot be stored (a NUL character, or half of a character): remove it")
    String problem_unstorable();
}
