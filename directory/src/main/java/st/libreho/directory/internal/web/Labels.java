package st.libreho.directory.internal.web;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import st.libreho.directory.Commitment;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.web.FieldLabels;
import st.libreho.directory.ContactKind;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.StatementState;
import st.libreho.platform.web.CurrentSession;

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

    public Labels(DirectoryTerms englishTerms, @Localized("fr") DirectoryTerms frenchTerms,
            DirectoryMessages englishMessages, @Localized("fr") DirectoryMessages frenchMessages,
            CurrentSession session) {
        this.locale = Locale.forLanguageTag(session.getLanguage());
        boolean french = "fr".equals(locale.getLanguage());
        this.terms = french ? frenchTerms : englishTerms;
        this.msg = french ? frenchMessages : englishMessages;
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
        if (category == null) {
            return "";
        }
        return switch (category) {
            case EMAIL -> terms.category_email();
            case CLOUD_STORAGE -> terms.category_cloud_storage();
            case CHAT -> terms.category_chat();
            case VIDEO_CONFERENCING -> terms.category_video_conferencing();
            case SOCIAL_NETWORK -> terms.category_social_network();
            case PADS -> terms.category_pads();
            case FORMS -> terms.category_forms();
            case CALENDAR -> terms.category_calendar();
            case OFFICE -> terms.category_office();
            case POLLS -> terms.category_polls();
            case PASTEBIN -> terms.category_pastebin();
            case LINK_SHORTENER -> terms.category_link_shortener();
            case SEARCH -> terms.category_search();
            case VPN -> terms.category_vpn();
            case DNS -> terms.category_dns();
            case WEB_HOSTING -> terms.category_web_hosting();
            case CODE_HOSTING -> terms.category_code_hosting();
            case MAILING_LISTS -> terms.category_mailing_lists();
            case BLOG -> terms.category_blog();
            case MAPS -> terms.category_maps();
            case OTHER -> terms.category_other();
        };
    }

    public String registration(Registration registration) {
        if (registration == null) {
            return "";
        }
        return switch (registration) {
            case OPEN -> terms.registration_open();
            case ON_REQUEST -> terms.registration_on_request();
            case MEMBERS_ONLY -> terms.registration_members_only();
            case CLOSED -> terms.registration_closed();
        };
    }

    public String price(PriceModel price) {
        if (price == null) {
            return "";
        }
        return switch (price) {
            case FREE -> terms.price_free();
            case DONATION -> terms.price_donation();
            case PAID -> terms.price_paid();
            case SLIDING_SCALE -> terms.price_sliding_scale();
        };
    }

    public String legal(LegalStructure structure) {
        if (structure == null) {
            return "";
        }
        return switch (structure) {
            case INDIVIDUAL -> terms.legal_individual();
            case INFORMAL_COLLECTIVE -> terms.legal_informal_collective();
            case NON_PROFIT -> terms.legal_non_profit();
            case CO_OPERATIVE -> terms.legal_co_operative();
            case BUSINESS -> terms.legal_business();
            case OTHER -> terms.legal_other();
        };
    }

    public String state(StatementState state) {
        if (state == null) {
            return terms.state_none();
        }
        return switch (state) {
            case MEETS -> terms.state_meets();
            case WORKING_ON_IT -> terms.state_working_on_it();
            case NOT_APPLICABLE -> terms.state_not_applicable();
        };
    }

    public String contact(ContactKind kind) {
        return switch (kind) {
            case ABUSE -> terms.contact_abuse();
            case SECURITY -> terms.contact_security();
            case SUPPORT -> terms.contact_support();
        };
    }

    public String status(OrganisationStatus status) {
        return switch (status) {
            case APPLICANT -> terms.status_applicant();
            case MEMBER -> terms.status_member();
            case LEAVING -> terms.status_leaving();
            case FORMER_MEMBER -> terms.status_former_member();
        };
    }

    public String commitment(Commitment commitment) {
        return switch (commitment) {
            case SHARE_KNOWLEDGE -> terms.commitment_share_knowledge();
            case SHARE_CONFIGURATIONS -> terms.commitment_share_configurations();
            case FREE_SOFTWARE -> terms.commitment_free_software();
            case OPEN_FORMATS -> terms.commitment_open_formats();
            case RESPECT_LICENCES -> terms.commitment_respect_licences();
            case CONTRIBUTE -> terms.commitment_contribute();
            case ACCOUNT_POLICY -> terms.commitment_account_policy();
            case ECONOMIC_MODEL -> terms.commitment_economic_model();
            case NO_DATA_EXPLOITATION -> terms.commitment_no_data_exploitation();
            case CONTACT_POINT -> terms.commitment_contact_point();
            case DATA_PORTABILITY -> terms.commitment_data_portability();
            case FREE_ENCRYPTION -> terms.commitment_free_encryption();
            case END_TO_END_ENCRYPTION -> terms.commitment_end_to_end_encryption();
            case NET_NEUTRALITY -> terms.commitment_net_neutrality();
            case SERVICES_PAGE -> terms.commitment_services_page();
            case SINGLE_CONTACT -> terms.commitment_single_contact();
        };
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
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : capitalise(name);
    }

    /** The names of several languages, separated as a list is in prose. */
    public String languages(List<String> codes) {
        return String.join(", ", codes.stream().map(this::language).toList());
    }

    /** A country's name for an ISO 3166-1 alpha-2 code. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** A moment as people read it, in UTC so that every reader sees the same time. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
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

    /** Every ISO 639-1 language, sorted by its name in the page's language. */
    public List<Option> languageOptions() {
        return sorted(Arrays.stream(Locale.getISOLanguages()).map(code -> new Option(code, language(code))));
    }

    /** Every ISO 3166-1 country, sorted by its name in the page's language. */
    public List<Option> countryOptions() {
        return sorted(Arrays.stream(Locale.getISOCountries()).map(code -> new Option(code, country(code))));
    }

    private List<Option> sorted(Stream<Option> options) {
        Collator collator = Collator.getInstance(locale);
        return options.sorted(Comparator.comparing(Option::label, collator)).toList();
    }

    private String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
