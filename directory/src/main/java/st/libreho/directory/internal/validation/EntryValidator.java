package st.libreho.directory.internal.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.internal.IsoCodes;
import st.libreho.platform.EmailAddress;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.StorableText;

/**
 * The rules of a directory entry, checked at the boundary before anything is stored. Every problem is collected,
 * so that a form can show all of them at once, each beside its field.
 */
public final class EntryValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_TAGLINE = 300;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_URL = 2048;
    public static final int MAX_EMAIL = EmailAddress.MAX_LENGTH;
    public static final int MAX_REGION = 200;
    public static final int MAX_NOTE = 2000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private final List<FieldProblem> problems = new ArrayList<>();

    public static void checkSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw InvalidInputException.of("slug", "slug",
                    "must be 1 to 64 lower-case letters, digits or dashes, not starting or ending with a dash");
        }
    }

    public static void check(OrganisationDetails details) {
        EntryValidator validator = new EntryValidator();
        validator.required("name", details.name(), MAX_NAME);
        validator.length("tagline", details.tagline(), MAX_TAGLINE);
        validator.length("description", details.description(), MAX_DESCRIPTION);
        validator.length("region", details.region(), MAX_REGION);
        if (details.foundingYear() != null
                && (details.foundingYear() < 1900 || details.foundingYear() > Year.now().getValue())) {
            validator.problem("foundingYear", "founding_year", "must be a year between 1900 and this year");
        }
        if (details.country() != null && !IsoCodes.isCountry(details.country())) {
            validator.problem("country", "country", "must be an ISO 3166-1 two-letter country code, such as FR or DE");
        }
        validator.languages("languages", details.languages());
        validator.url("logoUrl", details.logoUrl());
        validator.url("homeUrl", details.homeUrl());
        validator.url("servicesPageUrl", details.servicesPageUrl());
        validator.url("termsOfServiceUrl", details.termsOfServiceUrl());
        validator.url("accountPolicyUrl", details.accountPolicyUrl());
        validator.url("privacyPolicyUrl", details.privacyPolicyUrl());
        validator.url("economicModelUrl", details.economicModelUrl());
        validator.url("contactUrl", details.contactUrl());
        validator.email("contactEmail", details.contactEmail());
        validator.throwIfAny();
    }

    public static void check(ServiceDetails details) {
        EntryValidator validator = new EntryValidator();
        validator.required("name", details.name(), MAX_NAME);
        if (details.category() == null) {
            validator.problem("category", "required", "is required");
        }
        if (details.registration() == null) {
            validator.problem("registration", "required", "is required");
        }
        if (details.priceModel() == null) {
            validator.problem("priceModel", "required", "is required");
        }
        validator.url("url", details.url());
        validator.length("softwareName", details.softwareName(), MAX_NAME);
        if (details.softwareLicence() != null && !SpdxExpressions.isValid(details.softwareLicence())) {
            validator.problem("softwareLicence", "spdx",
                    "must be an SPDX licence expression, such as AGPL-3.0-or-later or MIT OR Apache-2.0");
        }
        validator.url("softwareSourceUrl", details.softwareSourceUrl());
        validator.languages("languages", details.languages());
        validator.length("registryConfiguration", details.registryConfiguration(), 300);
        validator.throwIfAny();
    }

    /** Checks one e-mail address on its own, e.g. an address added to a delegation. */
    public static void checkEmail(String field, String email) {
        EntryValidator validator = new EntryValidator();
        if (email == null || email.isBlank()) {
            validator.problem(field, "required", "is required");
        }
        validator.email(field, email);
        validator.throwIfAny();
    }

    /** Checks one optional URL on its own, e.g. a statement's evidence. */
    public static void checkUrl(String field, String url) {
        EntryValidator validator = new EntryValidator();
        validator.url(field, url);
        validator.throwIfAny();
    }

    public static void checkLength(String field, String value, int max) {
        EntryValidator validator = new EntryValidator();
        validator.length(field, value, max);
        validator.throwIfAny();
    }

    /** Whether a text is an absolute http(s) URL; shared with the manifest import. */
    public static boolean isHttpUrl(String value) {
        if (value == null || value.length() > MAX_URL || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isEmail(String value) {
        return EmailAddress.isValid(value);
    }

    private void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problem(field, "required", "is required");
        } else {
            length(field, value, max);
        }
    }

    private void length(String field, String value, int max) {
        if (value != null && !StorableText.isStorable(value)) {
            // the request filters refuse these at the edge; a manifest or a JSON tree read by hand comes here
            problem(field, "unstorable", StorableText.PROBLEM);
        } else if (value != null && value.length() > max) {
            problem(field, "max_length", "must be at most " + max + " characters (it has " + value.length() + ")", max,
                    value.length());
        }
    }

    private void url(String field, String value) {
        if (value != null && !isHttpUrl(value)) {
            problem(field, "url", "must be a full web address starting with https:// or http://");
        }
    }

    private void email(String field, String value) {
        if (value != null && !value.isBlank() && !isEmail(value)) {
            problem(field, "email", "must be an e-mail address such as contact@example.org");
        }
    }

    private void languages(String field, List<String> languages) {
        for (String language : languages) {
            if (!IsoCodes.isLanguage(language)) {
                problem(field, "language", "'" + language
                        + "' is not an ISO 639-1 two-letter language code, such as fr or en", language);
            }
        }
    }

    private void problem(String field, String code, String message, Object... arguments) {
        problems.add(FieldProblem.of(field, code, message, arguments));
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
