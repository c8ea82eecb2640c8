package st.libreho.directory.internal.interop;

import java.util.Set;

/** The field names of a librehost.json manifest, shared by reader and writer so that a round trip cannot drift. */
final class ManifestFields {

    static final String CONTEXT = "@context";
    static final String TYPE = "@type";
    static final String VERSION = "version";
    static final String NAME = "name";
    static final String TAG_LINE = "tagLine";
    static final String DESCRIPTION = "description";
    static final String HOME_URL = "homeUrl";
    static final String LOGO = "logo";
    static final String ORGANIZATION_TYPE = "organizationType";
    static final String LANGUAGES = "communicationLanguages";
    static final String CONTACT_URL = "contactUrl";
    static final String PRIVACY_POLICY_URL = "privacyPolicyUrl";
    static final String TERMS_OF_SERVICE_URL = "termsOfServiceUrl";
    static final String IS_SERVICE_PROVIDER = "isServiceProvider";
    static final String FOUNDING_DATE = "foundingDate";
    static final String DATE_CREATED = "dateCreated";
    static final String DATE_MODIFIED = "dateModified";
    static final String EMAIL = "email";
    static final String ADDRESS = "address";
    static final String ADDRESS_COUNTRY = "addressCountry";
    static final String ADDRESS_REGION = "addressRegion";

    // the directory's own additions, for what the Collective's Principles require and libreho.st lacks
    static final String SERVICES_URL = "servicesUrl";
    static final String ACCOUNT_POLICY_URL = "accountPolicyUrl";
    static final String ECONOMIC_MODEL_URL = "economicModelUrl";

    /** Fields that describe the document rather than the organisation: accepted, never stored, never warned about. */
    static final Set<String> INFORMATIONAL = Set.of(CONTEXT, TYPE, VERSION, IS_SERVICE_PROVIDER, DATE_CREATED,
            DATE_MODIFIED);

    static final String SCHEMA_CONTEXT = "http://schema.org";
    static final String ORGANIZATION = "Organization";
    static final String POSTAL_ADDRESS = "PostalAddress";
    static final String FORMAT_VERSION = "1.0.0";

    private ManifestFields() {
    }
}
