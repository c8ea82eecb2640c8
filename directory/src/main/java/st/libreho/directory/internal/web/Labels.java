package st.libreho.directory.internal.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.StatementState;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.FieldLabels;
import st.libreho.platform.web.Moments;
import st.libreho.platform.web.RequestLanguage;

/**
 * The directory's codes (enums, ISO codes, field names, instants) in the words of the request's language. Templates
 * read it as {@code inject:labels}; Java code uses it where a sentence is built from several codes (the history).
 * Every label comes from {@link DirectoryTerms}, so that a missing translation fails the messages test, not a page.
 */
@Named("labels")
@RequestScoped
@TemplateData
public class Labels implements FieldLabels {

    /** One choice of a select: the submitted value and what the person reads. */
    @TemplateData
    public record Option(String value, String label) {
    }

    private final DirectoryTerms terms;
    private final DirectoryMessages msg;
    private final Locale locale;
    private final ChoiceLists lists;

    public Labels(RequestLanguage language, ChoiceLists lists) {
        this.lists = lists;
        this.locale = language.locale();
        this.terms = Bundles.of(DirectoryTerms.class, language.get());
        this.msg = Bundles.of(DirectoryMessages.class, language.get());
    }

    /** The directory pages' texts in the request's language, for sentences built in Java. */
    public DirectoryMessages messages() {
        return msg;
    }

    /** The directory's vocabulary in the request's language. */
    public DirectoryTerms terms() {
        return terms;
    }

    public String category(ServiceCategory category) {
        return category == null ? "" : terms.category(category);
    }

    public String registration(Registration registration) {
        return registration == null ? "" : terms.registration(registration);
    }

    public String price(PriceModel price) {
        return price == null ? "" : terms.price(price);
    }

    public String legal(LegalStructure structure) {
        return structure == null ? "" : terms.legal(structure);
    }

    public String state(StatementState state) {
        return state == null ? terms.state_none() : terms.state(state);
    }

    public String contact(ContactKind kind) {
        return kind == null ? "" : terms.contact(kind);
    }

    public String status(OrganisationStatus status) {
        return status == null ? "" : terms.status(status);
    }

    public String commitment(Commitment commitment) {
        return commitment == null ? "" : terms.commitment(commitment);
    }

    /** The CPP section of a commitment; a section added to the catalogue later shows in English until translated. */
    public String section(Commitment commitment) {
        return switch (commitment.section()) {
            case "Solidarity and cooperation" -> terms.section_solidarity();
            case "Free software and the commons" -> terms.section_free_software();
            case "Transparency and fairness" -> terms.section_transparency();
            case "Privacy and data portability" -> terms.section_privacy();
            case "Structures of the members" -> terms.section_structures();
            default -> commitment.section();
        };
    }

    /** A field of an entry, a service, a contact or a statement, by the name the directory gives it. */
    /**
     * What is wrong with a field, in the reader's language when the directory named the rule, else in the
     * directory's own (English) words.
     */
    @Override
    public String problem(FieldProblem problem) {
        List<String> a = problem.arguments();
        return switch (problem.code()) {
            case "required" -> terms.problem_required();
            case "max_length" -> a.size() == 2 ? terms.problem_max_length(a.get(0), a.get(1)) : problem.message();
            case "url" -> terms.problem_url();
            case "email" -> terms.problem_email();
            case "language" -> a.size() == 1 ? terms.problem_language(a.get(0)) : problem.message();
            case "country" -> terms.problem_country();
            case "founding_year" -> terms.problem_founding_year();
            case "spdx" -> terms.problem_spdx();
            case "slug" -> terms.problem_slug();
            case "slug_taken" -> a.size() == 1 ? terms.problem_slug_taken(a.get(0)) : problem.message();
            case "already_delegate" -> a.size() == 1 ? terms.problem_already_delegate(a.get(0)) : problem.message();
            case "delegation_empty" -> terms.problem_delegation_empty();
            case "contact_missing" -> terms.problem_contact_missing();
            case "unstorable" -> terms.problem_unstorable();
            default -> problem.message();
        };
    }

    @Override
    public String field(String name) {
        if (name == null) {
            return "";
        }
        return switch (name) {
            case "slug" -> terms.field_slug();
            case "name" -> terms.field_name();
            case "tagline" -> terms.field_tagline();
            case "description" -> terms.field_description();
            case "legalStructure" -> terms.field_legal_structure();
            case "foundingYear" -> terms.field_founding_year();
            case "country" -> terms.field_country();
            case "region" -> terms.field_region();
            case "languages" -> terms.field_languages();
            case "logoUrl" -> terms.field_logo_url();
            case "homeUrl" -> terms.field_home_url();
            case "servicesPageUrl" -> terms.field_services_page_url();
            case "termsOfServiceUrl" -> terms.field_terms_of_service_url();
            case "accountPolicyUrl" -> terms.field_account_policy_url();
            case "privacyPolicyUrl" -> terms.field_privacy_policy_url();
            case "economicModelUrl" -> terms.field_economic_model_url();
            case "contactEmail" -> terms.field_contact_email();
            case "contactUrl" -> terms.field_contact_url();
            case "category" -> terms.service_category();
            case "url" -> terms.field_url();
            case "softwareName" -> terms.service_software_name();
            case "softwareLicence" -> terms.service_software_licence();
            case "softwareSourceUrl" -> terms.service_software_source_url();
            case "registration" -> terms.service_registration();
            case "priceModel" -> terms.service_price_model();
            case "encryptionInTransit" -> terms.service_encryption_in_transit();
            case "endToEndEncryption" -> terms.service_end_to_end_encryption();
            case "dataExport" -> terms.service_data_export();
            case "registryConfiguration" -> terms.service_registry_configuration();
            case "email" -> terms.field_email();
            case "state" -> terms.statement_state();
            case "evidenceUrl" -> terms.statement_evidence_url();
            case "note" -> terms.statement_note();
            case "manifest" -> msg.import_manifest();
            default -> name;
        };
    }

    /** A language's name for an ISO 639-1 code, in the page's language ("fr" reads "French" or "Français"). */
    public String language(String code) {
        return languageName(code, locale);
    }

    static String languageName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The names of several languages, separated as a list is in prose. */
    public String languages(List<String> codes) {
        return String.join(", ", codes.stream().map(this::language).toList());
    }

    /** A country's name for an ISO 3166-1 alpha-2 code. */
    public String country(String code) {
        return countryName(code, locale);
    }

    static String countryName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** A moment as people read it, in UTC so that every reader sees the same time. */
    public String dateTime(Instant instant) {
        return Moments.readable(instant, locale);
    }

    public List<Option> categoryOptions() {
        return Arrays.stream(ServiceCategory.values()).map(c -> new Option(c.name(), category(c))).toList();
    }

    public List<Option> registrationOptions() {
        return Arrays.stream(Registration.values()).map(r -> new Option(r.name(), registration(r))).toList();
    }

    public List<Option> priceOptions() {
        return Arrays.stream(PriceModel.values()).map(p -> new Option(p.name(), price(p))).toList();
    }

    public List<Option> legalOptions() {
        return Arrays.stream(LegalStructure.values()).map(l -> new Option(l.name(), legal(l))).toList();
    }

    /** Every ISO 639-1 language, sorted by its name in the page's language (sorted once per language). */
    public List<Option> languageOptions() {
        return lists.languages(locale);
    }

    /** Every ISO 3166-1 country, sorted by its name in the page's language (sorted once per language). */
    public List<Option> countryOptions() {
        return lists.countries(locale);
    }
}
