package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.ImportWarning;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;

/** Manifests a delegate may get wrong, and what the reader makes of them. */
class LibrehostManifestReaderTest {

    private final LibrehostManifestReader reader = new LibrehostManifestReader(RealManifests.MID_2026);

    // documents that cannot be imported at all

    @Test
    void malformedJsonSaysWhere() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> reader.read("{\n  \"name\": \"Example\",\n  \"tagLine\": \"no closing quote\n}"));

        assertTrue(e.getMessage().startsWith("The manifest is not valid JSON at line 3, column "), e.getMessage());
        assertEquals(Optional.empty(), e.field());
    }

    @Test
    void somethingAfterTheManifestIsMalformedToo() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> reader.read("{\"name\": \"One\"}\n{\"name\": \"Two\"}"));

        assertTrue(e.getMessage().contains("line 2, column"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void anEmptyDocumentIsNoManifest(String json) {
        ManifestException e = assertThrows(ManifestException.class, () -> reader.read(json));

        assertEquals("The manifest is empty.", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "[{\"name\": \"X\"}]|an array", "\"X\"|text", "42|a number",
            "null|null" })
    void aTopLevelThatIsNoObjectIsRefused(String json, String found) {
        ManifestException e = assertThrows(ManifestException.class, () -> reader.read(json));

        assertEquals("The manifest must be a JSON object, not " + found + ".", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"tagLine\": \"nameless\"}", "{\"name\": null}", "{\"name\": \"  \"}",
            "{\"name\": 7}", "{\"name\": [\"A\"]}" })
    void aManifestWithoutUsableNameIsRefused_namingTheField(String json) {
        ManifestException e = assertThrows(ManifestException.class, () -> reader.read(json));

        assertEquals(Optional.of("name"), e.field());
        assertTrue(e.getMessage().contains("\"name\""), e.getMessage());
    }

    // the smallest manifest

    @Test
    void aNameAloneIsEnough_everythingElseIsAbsentNotInvented() throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"  Example Hosting \"}");

        assertEquals(new OrganisationDetails("Example Hosting", null, null, null, null, null, null, List.of(), null,
                null, null, null, null, null, null, null, null), imported.details());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void nullsAndBlanksAreAbsentWithoutWarning() throws Exception {
        ManifestImport imported = reader.read("""
                {"name": "Example", "tagLine": null, "description": "  ", "homeUrl": "", "organizationType": null,
                 "foundingDate": "", "communicationLanguages": null, "email": null, "address": null}""");

        assertEquals(new OrganisationDetails("Example", null, null, null, null, null, null, List.of(), null, null,
                null, null, null, null, null, null, null), imported.details());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void bytesAreReadInWhateverUnicodeEncodingTheyCome() throws Exception {
        byte[] utf16 = "{\"name\": \"Ελληνικά\"}".getBytes(StandardCharsets.UTF_16BE);

        assertEquals("Ελληνικά", reader.read(utf16).details().name());
    }

    // fields

    @Test
    void unknownFieldsAreEachReported_informationalOnesAreNot() throws Exception {
        ManifestImport imported = reader.read("""
                {"@context": "https://schema.org", "@type": "Organization", "@id": "https://example.org/#org",
                 "version": "2.0.0", "name": "Example", "isServiceProvider": false, "slogan": "Hosting for all",
                 "dateCreated": "yesterday", "dateModified": "2019-11-24T01:14Z", "members": [1, 2]}""");

        assertEquals(List.of(
                new ImportWarning("@id", "https://example.org/#org", ManifestReading.IGNORED),
                new ImportWarning("slogan", "Hosting for all", ManifestReading.IGNORED),
                new ImportWarning("members", "[1,2]", ManifestReading.IGNORED)), imported.warnings());
    }

    @Test
    void textWhereTextIsExpected() throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"tagLine\": 5, \"homeUrl\": true}");

        assertEquals(List.of(new ImportWarning("tagLine", "5", "not text but a number"),
                new ImportWarning("homeUrl", "true", "not text but true or false")), imported.warnings());
    }

    @Test
    void overlongTextsAreCutAndReported() throws Exception {
        String name = "N".repeat(201);
        String tagline = "T".repeat(350);
        String description = "D".repeat(4999) + " and more";
        ObjectNode manifest = JsonNodeFactory.instance.objectNode().put("name", name).put("tagLine", tagline)
                .put("description", description);

        ManifestImport imported = reader.read(manifest);

        assertEquals("N".repeat(200), imported.details().name());
        assertEquals("T".repeat(300), imported.details().tagline());
        // the cut leaves no trailing blank
        assertEquals("D".repeat(4999), imported.details().description());
        assertEquals(List.of("name", "tagLine", "description"),
                imported.warnings().stream().map(ImportWarning::field).toList());
        ImportWarning tooLong = imported.warnings().get(2);
        assertEquals("D".repeat(100) + "…", tooLong.value(), "a warning quotes the start, not 5000 characters");
        assertEquals("longer than the directory's limit of 5000 characters (it has 5008); cut to the first 5000",
                tooLong.reason());
    }

    @Test
    void lengthsCountCharactersNotUtf16Units_andACutNeverSplitsOne() throws Exception {
        String mountains = "⛰️🏔".repeat(100); // ⛰ + variation selector + 🏔 (a surrogate pair): 300 code points
        ManifestImport imported = reader.read(JsonNodeFactory.instance.objectNode().put("name", "Example")
                .put("tagLine", mountains).put("description", "🏔".repeat(5000)));

        assertEquals(mountains, imported.details().tagline());
        assertEquals("🏔".repeat(5000), imported.details().description());
        assertEquals(List.of(), imported.warnings());

        String name = reader.read(JsonNodeFactory.instance.objectNode().put("name", "🏔".repeat(201))).details()
                .name();
        assertEquals("🏔".repeat(200), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-|not a URL: only absolute http:// or https:// addresses are accepted",
            "/terms.html|not a URL: only absolute http:// or https:// addresses are accepted",
            "example.org/tos|not a URL: only absolute http:// or https:// addresses are accepted",
            "https://exa mple.org/|not a URL: only absolute http:// or https:// addresses are accepted",
            "https:///tos|not a URL: it has no host",
            "https://bad_host.example.org/|not a URL: \"bad_host.example.org\" is not a valid host name",
            "ftp://example.org/tos|not an http or https URL (it starts with \"ftp:\"); only absolute http:// or "
                    + "https:// addresses are accepted",
            "mailto:hello@example.org|not an http or https URL (it starts with \"mailto:\"); only absolute http:// "
                    + "or https:// addresses are accepted" })
    void onlyAbsoluteHttpUrlsAreKept(String url, String reason) throws Exception {
        ManifestImport imported = reader.read(JsonNodeFactory.instance.objectNode().put("name", "Example")
                .put("termsOfServiceUrl", url));

        assertNull(imported.details().termsOfServiceUrl());
        assertEquals(List.of(new ImportWarning("termsOfServiceUrl", url, reason)), imported.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "'  https://example.org/tos  '|https://example.org/tos",
            "HTTP://Example.org|HTTP://Example.org", "https://bücher.example/agb|https://bücher.example/agb",
            "http://[2001:db8::1]:8080/tos?lang=en#top|http://[2001:db8::1]:8080/tos?lang=en#top" })
    void urlsAreKeptAsWritten_trimmed(String url, String kept) throws Exception {
        ManifestImport imported = reader.read(JsonNodeFactory.instance.objectNode().put("name", "Example")
                .put("termsOfServiceUrl", url));

        assertEquals(kept, imported.details().termsOfServiceUrl());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void everyUrlFieldIsChecked_eachUnderItsOwnName() throws Exception {
        List<String> fields = List.of("homeUrl", "logo", "contactUrl", "privacyPolicyUrl", "termsOfServiceUrl",
                "servicesUrl", "accountPolicyUrl", "economicModelUrl");
        ObjectNode manifest = JsonNodeFactory.instance.objectNode().put("name", "Example");
        fields.forEach(field -> manifest.put(field, "-"));

        ManifestImport imported = reader.read(manifest);

        assertEquals(fields, imported.warnings().stream().map(ImportWarning::field).toList());
        assertEquals(new OrganisationDetails("Example", null, null, null, null, null, null, List.of(), null, null,
                null, null, null, null, null, null, null), imported.details());
    }

    @Test
    void languagesAreIso639TwoLetterCodes_lowerCased_eachBadOneReported() throws Exception {
        ManifestImport imported = reader.read("""
                {"name": "Example",
                 "communicationLanguages": ["EN", " de ", "eng", "xx", "en-GB", 5, "en", "el"]}""");

        assertEquals(List.of("en", "de", "el"), imported.details().languages());
        assertEquals(List.of(
                new ImportWarning("communicationLanguages", "eng", "not an ISO 639-1 two-letter language code"),
                new ImportWarning("communicationLanguages", "xx", "not an ISO 639-1 two-letter language code"),
                new ImportWarning("communicationLanguages", "en-GB", "not an ISO 639-1 two-letter language code"),
                new ImportWarning("communicationLanguages", "5", "not a language code but a number")),
                imported.warnings());
    }

    @Test
    void aSingleLanguageNeedNotBeInAList_asSchemaOrgAllows() throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"communicationLanguages\": \"fr\"}");

        assertEquals(List.of("fr"), imported.details().languages());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void languagesThatAreNeitherListNorText() throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"communicationLanguages\": {\"en\": 1}}");

        assertEquals(List.of(), imported.details().languages());
        assertEquals(List.of(new ImportWarning("communicationLanguages", "{\"en\":1}",
                "not a list of language codes but an object")), imported.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "\"2014\"|2014", "2014|2014", "\"2014-03-07\"|2014",
            "\"2014-03\"|2014", "\"2014-03-07T06:00:00Z\"|2014", "\"2014-03-07T06:00\"|2014",
            "\" 1900 \"|1900", "\"2026\"|2026" })
    void aFoundingDateGivesItsYear(String json, int year) throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"foundingDate\": " + json + "}");

        assertEquals(year, imported.details().foundingYear());
        assertEquals(List.of(), imported.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"2027\"|2027|the year 2027 is in the future",
            "\"2030-01-01\"|2030-01-01|the year 2030 is in the future",
            "\"1899\"|1899|the year 1899 is before 1900, which is surely a mistake",
            "14|14|the year 14 is before 1900, which is surely a mistake",
            "\"long ago\"|long ago|not a year (\"2014\") or an ISO 8601 date (\"2014-03-07\")",
            "\"2014-13-01\"|2014-13-01|not a year (\"2014\") or an ISO 8601 date (\"2014-03-07\")",
            "\"14\"|14|not a year (\"2014\") or an ISO 8601 date (\"2014-03-07\")",
            "2014.5|2014.5|not a year but a number" })
    void aFoundingDateThatGivesNoPlausibleYearIsReported(String json, String value, String reason)
            throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"foundingDate\": " + json + "}");

        assertNull(imported.details().foundingYear());
        assertEquals(List.of(new ImportWarning("foundingDate", value, reason)), imported.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Individual|INDIVIDUAL", "person|INDIVIDUAL",
            "Collective|INFORMAL_COLLECTIVE", "Informal collective|INFORMAL_COLLECTIVE",
            "INFORMAL-COLLECTIVE|INFORMAL_COLLECTIVE", "Non-profit|NON_PROFIT", "nonprofit|NON_PROFIT",
            "non profit|NON_PROFIT", "Association|NON_PROFIT", "NGO|NON_PROFIT", "Co-operative|CO_OPERATIVE",
            "cooperative|CO_OPERATIVE", "coop|CO_OPERATIVE", "Co-op|CO_OPERATIVE", "Business|BUSINESS",
            "company|BUSINESS", "Other|OTHER" })
    void organisationTypesMapToLegalStructures(String text, LegalStructure structure) throws Exception {
        ManifestImport imported = reader.read(JsonNodeFactory.instance.objectNode().put("name", "Example")
                .put("organizationType", text));

        assertEquals(structure, imported.details().legalStructure());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void anUnknownOrganisationTypeIsOtherWithAWarningQuotingIt() throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"organizationType\": \"Verein e.V.\"}");

        assertEquals(LegalStructure.OTHER, imported.details().legalStructure());
        assertEquals(List.of(new ImportWarning("organizationType", "Verein e.V.", "\"Verein e.V.\" is not a legal "
                + "structure the directory knows (individual, informal collective, non-profit, co-operative, "
                + "business); recorded as other")), imported.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "hello@example.org|hello@example.org",
            "' Hello.World+tag@mail.example.org '|Hello.World+tag@mail.example.org",
            "mailto:hello@example.org|hello@example.org", "MAILTO:hello@example.org|hello@example.org" })
    void aPlausibleEmailIsTheContactAddress(String email, String kept) throws Exception {
        ManifestImport imported = reader.read(JsonNodeFactory.instance.objectNode().put("name", "Example")
                .put("email", email));

        assertEquals(kept, imported.details().contactEmail());
        assertEquals(List.of(), imported.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = { "hello", "hello@", "@example.org", "hello@localhost", "hello world@example.org",
            "hello@example..org", "hello@-example.org", "a@b@example.org" })
    void anImplausibleEmailIsReported(String email) throws Exception {
        ManifestImport imported = reader.read(JsonNodeFactory.instance.objectNode().put("name", "Example")
                .put("email", email));

        assertNull(imported.details().contactEmail());
        assertEquals(List.of(new ImportWarning("email", email, "not a plausible e-mail address")),
                imported.warnings());
    }

    @Test
    void theAddressGivesCountryAndRegion_upperCasingTheCountry() throws Exception {
        ManifestImport imported = reader.read("""
                {"name": "Example", "address": {"@type": "PostalAddress", "addressCountry": " de ",
                 "addressRegion": " Berlin ", "streetAddress": "Hauptstraße 1"}}""");

        assertEquals("DE", imported.details().country());
        assertEquals("Berlin", imported.details().region());
        assertEquals(List.of(new ImportWarning("address.streetAddress", "Hauptstraße 1", ManifestReading.IGNORED)),
                imported.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = { "UK", "Germany", "DEU", "XX" })
    void anUnknownCountryIsReported(String country) throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"address\": {\"addressCountry\": \"" + country
                + "\", \"addressRegion\": \"Somewhere\"}}");

        assertNull(imported.details().country());
        assertEquals("Somewhere", imported.details().region());
        assertEquals(List.of(new ImportWarning("address.addressCountry", country,
                "not an ISO 3166-1 alpha-2 country code (such as \"DE\" or \"GR\")")), imported.warnings());
    }

    @Test
    void anAddressAsPlainTextIsReported() throws Exception {
        ManifestImport imported = reader.read("{\"name\": \"Example\", \"address\": \"Hauptstraße 1, Berlin\"}");

        assertNull(imported.details().country());
        assertEquals(List.of(new ImportWarning("address", "Hauptstraße 1, Berlin",
                "not a PostalAddress object; only its addressCountry and addressRegion would be read")),
                imported.warnings());
    }

    @Test
    void warningsComeInTheOrderOfTheDocument() throws Exception {
        ManifestImport imported = reader.read("""
                {"email": "nope", "name": "Example", "homeUrl": "-", "foundingDate": "3000",
                 "communicationLanguages": ["zz"], "extra": 1}""");

        assertEquals(List.of("email", "homeUrl", "foundingDate", "communicationLanguages", "extra"),
                imported.warnings().stream().map(ImportWarning::field).toList());
    }
}
