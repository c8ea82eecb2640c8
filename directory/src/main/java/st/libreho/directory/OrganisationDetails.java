package st.libreho.directory;

import java.util.List;

/**
 * The editable description of an organisation, as a delegate fills it in or a librehost.json manifest provides it.
 * Optional values are null; {@code languages} is never null (ISO 639-1 codes, lower case).
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param foundingYear a bare year, as real manifests give it
 * @param contactEmail the delegation's single public address (the CPP's contact point)
 * @param contactUrl a page to contact the organisation, as libreho.st manifests give it
 */
public record OrganisationDetails(String name, String tagline, String description, LegalStructure legalStructure,
        Integer foundingYear, String country, String region, List<String> languages, String logoUrl,
        String homeUrl, String servicesPageUrl, String termsOfServiceUrl, String accountPolicyUrl,
        String privacyPolicyUrl, String economicModelUrl, String contactEmail, String contactUrl) {

    public OrganisationDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The same details with another public contact address. */
    public OrganisationDetails withContactEmail(String email) {
        return new OrganisationDetails(name, tagline, description, legalStructure, foundingYear, country, region,
                languages, logoUrl, homeUrl, servicesPageUrl, termsOfServiceUrl, accountPolicyUrl, privacyPolicyUrl,
                economicModelUrl, email, contactUrl);
    }
}
