package st.libreho.directory.internal.interop;

import static st.libreho.directory.internal.interop.ManifestFields.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import st.libreho.directory.LegalStructure;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.internal.IsoCodes;
import st.libreho.platform.EmailAddress;

/**
 * One reading of one manifest: walks its fields in document order, so that warnings come in the order the delegate
 * wrote the fields, and keeps what is usable.
 */
final class ManifestReading {

    static final String IGNORED = "not part of the directory's format; ignored";

    private final JsonNode manifest;
    private final int currentYear;
    private final Warnings warnings = new Warnings();

    private String name;
    private String tagline;
    private String description;
    private LegalStructure legalStructure;
    private Integer foundingYear;
    private String country;
    private String region;
    private List<String> languages = List.of();
    private String logoUrl;
    private String homeUrl;
    private String servicesPageUrl;
    private String termsOfServiceUrl;
    private String accountPolicyUrl;
    private String privacyPolicyUrl;
    private String economicModelUrl;
    private String contactEmail;
    private String contactUrl;

    /** @param currentYear founding years after it are mistakes */
    ManifestReading(JsonNode manifest, int currentYear) {
        this.manifest = manifest;
        this.currentYear = currentYear;
    }

    ManifestImport read() throws ManifestException {
        name = requiredName();
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) manifest::fields) {
            readField(field.getKey(), field.getValue());
        }
        OrganisationDetails details = new OrganisationDetails(name, tagline, description, legalStructure,
                foundingYear, country, region, languages, logoUrl, homeUrl, servicesPageUrl, termsOfServiceUrl,
                accountPolicyUrl, privacyPolicyUrl, economicModelUrl, contactEmail, contactUrl);
        return new ManifestImport(details, warnings.list());
    }

    private void readField(String field, JsonNode value) {
        switch (field) {
            case NAME -> {
                // read first, as without it there is nothing to import
            }
            case TAG_LINE -> tagline = text(field, value, LibrehostManifestReader.MAX_TAGLINE_LENGTH);
            case DESCRIPTION -> description = text(field, value, LibrehostManifestReader.MAX_DESCRIPTION_LENGTH);
            case ORGANIZATION_TYPE -> legalStructure = legalStructure(field, value);
            case FOUNDING_DATE -> foundingYear = foundingYear(field, value);
            case LANGUAGES -> languages = languages(field, value);
            case LOGO -> logoUrl = url(field, value);
            case HOME_URL -> homeUrl = url(field, value);
            case SERVICES_URL -> servicesPageUrl = url(field, value);
            case TERMS_OF_SERVICE_URL -> termsOfServiceUrl = url(field, value);
            case ACCOUNT_POLICY_URL -> accountPolicyUrl = url(field, value);
            case PRIVACY_POLICY_URL -> privacyPolicyUrl = url(field, value);
            case ECONOMIC_MODEL_URL -> economicModelUrl = url(field, value);
            case CONTACT_URL -> contactUrl = url(field, value);
            case EMAIL -> contactEmail = email(field, value);
            case ADDRESS -> address(value);
            default -> {
                if (!INFORMATIONAL.contains(field)) {
                    warnings.add(field, value, IGNORED);
                }
            }
        }
    }

    private String requiredName() throws ManifestException {
        JsonNode value = manifest.get(NAME);
        if (value == null || value.isNull()) {
            throw ManifestException.inField(NAME,
                    "The manifest has no \"name\": the directory needs the organisation's name.");
        }
        if (!value.isTextual()) {
            throw ManifestException.inField(NAME,
                    "The manifest's \"name\" must be text, not " + JsonDocuments.describe(value) + ".");
        }
        String text = Texts.trimToNull(value.textValue());
        if (text == null) {
            throw ManifestException.inField(NAME,
                    "The manifest's \"name\" is blank: the directory needs the organisation's name.");
        }
        return limited(NAME, text, LibrehostManifestReader.MAX_NAME_LENGTH);
    }

    /** The trimmed text; null, silently, when absent or blank, since there is then nothing to lose. */
    private String optionalText(String field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            warnings.add(field, value, "not text but " + JsonDocuments.describe(value));
            return null;
        }
        return Texts.trimToNull(value.textValue());
    }

    private String text(String field, JsonNode value, int maxLength) {
        String text = optionalText(field, value);
        return text == null ? null : limited(field, text, maxLength);
    }

    private String limited(String field, String text, int maxLength) {
        int length = Texts.length(text);
        if (length <= maxLength) {
            return text;
        }
        warnings.add(field, text, "longer than the directory's limit of " + maxLength + " characters (it has "
                + length + "); cut to the first " + maxLength);
        return Texts.truncate(text, maxLength);
    }

    private String url(String field, JsonNode value) {
        String text = optionalText(field, value);
        if (text == null) {
            return null;
        }
        String problem = HttpUrls.problem(text);
        if (problem != null) {
            warnings.add(field, text, problem);
            return null;
        }
        return text;
    }

    private LegalStructure legalStructure(String field, JsonNode value) {
        String text = optionalText(field, value);
        if (text == null) {
            return null;
        }
        LegalStructure structure = LegalStructureLabels.fromText(text);
        if (structure == null) {
            warnings.add(field, text, "\"" + text + "\" is not a legal structure the directory knows (individual, "
                    + "informal collective, non-profit, co-operative, business); recorded as other");
            return LegalStructure.OTHER;
        }
        return structure;
    }

    private Integer foundingYear(String field, JsonNode value) {
        Integer year;
        if (value.isNull()) {
            return null;
        } else if (value.isIntegralNumber() && value.canConvertToInt()) {
            year = value.intValue();
        } else if (value.isTextual()) {
            String text = Texts.trimToNull(value.textValue());
            if (text == null) {
                return null;
            }
            year = FoundingYears.yearOf(text);
            if (year == null) {
                warnings.add(field, value, "not a year (\"2014\") or an ISO 8601 date (\"2014-03-07\")");
                return null;
            }
        } else {
            warnings.add(field, value, "not a year but " + JsonDocuments.describe(value));
            return null;
        }
        if (year > currentYear) {
            warnings.add(field, value, "the year " + year + " is in the future");
            return null;
        }
        if (year < LibrehostManifestReader.EARLIEST_FOUNDING_YEAR) {
            warnings.add(field, value, "the year " + year + " is before "
                    + LibrehostManifestReader.EARLIEST_FOUNDING_YEAR + ", which is surely a mistake");
            return null;
        }
        return year;
    }

    private List<String> languages(String field, JsonNode value) {
        if (value.isNull()) {
            return List.of();
        }
        // schema.org lets any property hold a single value instead of a list
        Iterable<JsonNode> items = value.isArray() ? value : value.isTextual() ? List.of(value) : null;
        if (items == null) {
            warnings.add(field, value, "not a list of language codes but " + JsonDocuments.describe(value));
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode item : items) {
            String code = item.isTextual() ? IsoCodes.language(item.textValue()) : null;
            if (code == null) {
                warnings.add(field, item, item.isTextual() ? "not an ISO 639-1 two-letter language code"
                        : "not a language code but " + JsonDocuments.describe(item));
            } else {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private String email(String field, JsonNode value) {
        String text = optionalText(field, value);
        if (text == null) {
            return null;
        }
        String address = EmailAddress.plausible(text);
        if (address == null) {
            warnings.add(field, text, "not a plausible e-mail address");
        }
        return address;
    }

    private void address(JsonNode value) {
        if (value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            warnings.add(ADDRESS, value, "not a PostalAddress object; only its addressCountry and addressRegion "
                    + "would be read");
            return;
        }
        for (Map.Entry<String, JsonNode> part : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            String field = ADDRESS + "." + part.getKey();
            switch (part.getKey()) {
                case TYPE -> {
                    // "PostalAddress"; describes the object, nothing to keep
                }
                case ADDRESS_COUNTRY -> country = country(field, part.getValue());
                case ADDRESS_REGION -> region = text(field, part.getValue(),
                        LibrehostManifestReader.MAX_REGION_LENGTH);
                default -> warnings.add(field, part.getValue(), IGNORED);
            }
        }
    }

    private String country(String field, JsonNode value) {
        String text = optionalText(field, value);
        if (text == null) {
            return null;
        }
        String code = IsoCodes.country(text);
        if (code == null) {
            warnings.add(field, text, "not an ISO 3166-1 alpha-2 country code (such as \"DE\" or \"GR\")");
        }
        return code;
    }
}
