package st.libreho.directory.internal.interop;

import static st.libreho.directory.internal.interop.ManifestFields.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.OrganisationDetails;

/**
 * Writes an organisation's details as a libreho.st {@code librehost.json} manifest, so that existing libreho.st tools
 * can read the directory, plus the directory's own fields under names libreho.st does not use. What it writes,
 * {@link LibrehostManifestReader} reads back to equal details without a warning. Thread-safe.
 */
public final class LibrehostManifestWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * @param dateModified when the details last changed, written with second precision; null leaves it out
     * @throws NullPointerException when the details have no name, which no stored organisation lacks
     */
    public ObjectNode write(OrganisationDetails details, Instant dateModified) {
        Objects.requireNonNull(details.name(), "an organisation's name");
        ObjectNode manifest = JSON.objectNode();
        manifest.put(CONTEXT, SCHEMA_CONTEXT);
        manifest.put(TYPE, ORGANIZATION);
        manifest.put(VERSION, FORMAT_VERSION);
        manifest.put(NAME, details.name());
        putIfPresent(manifest, TAG_LINE, details.tagline());
        putIfPresent(manifest, DESCRIPTION, details.description());
        putIfPresent(manifest, HOME_URL, details.homeUrl());
        putIfPresent(manifest, LOGO, details.logoUrl());
        if (details.legalStructure() != null) {
            manifest.put(ORGANIZATION_TYPE, LegalStructureLabels.label(details.legalStructure()));
        }
        ArrayNode languages = manifest.putArray(LANGUAGES);
        details.languages().forEach(languages::add);
        putIfPresent(manifest, CONTACT_URL, details.contactUrl());
        putIfPresent(manifest, PRIVACY_POLICY_URL, details.privacyPolicyUrl());
        putIfPresent(manifest, TERMS_OF_SERVICE_URL, details.termsOfServiceUrl());
        // every organisation in the directory hosts services for others: that is what a librehoster is
        manifest.put(IS_SERVICE_PROVIDER, true);
        if (details.foundingYear() != null) {
            // a bare year in a string, as every real manifest writes it
            manifest.put(FOUNDING_DATE, details.foundingYear().toString());
        }
        putIfPresent(manifest, EMAIL, details.contactEmail());
        if (details.country() != null || details.region() != null) {
            ObjectNode address = manifest.putObject(ADDRESS);
            address.put(TYPE, POSTAL_ADDRESS);
            putIfPresent(address, ADDRESS_COUNTRY, details.country());
            putIfPresent(address, ADDRESS_REGION, details.region());
        }
        putIfPresent(manifest, SERVICES_URL, details.servicesPageUrl());
        putIfPresent(manifest, ACCOUNT_POLICY_URL, details.accountPolicyUrl());
        putIfPresent(manifest, ECONOMIC_MODEL_URL, details.economicModelUrl());
        if (dateModified != null) {
            manifest.put(DATE_MODIFIED, dateModified.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return manifest;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
