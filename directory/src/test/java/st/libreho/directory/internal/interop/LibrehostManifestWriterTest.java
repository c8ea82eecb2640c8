package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import st.libreho.directory.LegalStructure;
import st.libreho.directory.ManifestImport;
import st.libreho.directory.OrganisationDetails;

/** The manifests the directory serves: libreho.st's format, and read back by the directory without loss. */
class LibrehostManifestWriterTest {

    private static final Instant MODIFIED = Instant.parse("2026-05-04T10:11:12.345Z");
    static final List<String> REAL_MANIFESTS = RealManifests.ALL;

    private final LibrehostManifestReader reader = new LibrehostManifestReader(RealManifests.MID_2026);
    private final LibrehostManifestWriter writer = new LibrehostManifestWriter();

    private static OrganisationDetails everythingFilledIn(LegalStructure structure) {
        return new OrganisationDetails("Hébergeurs du Sud", "Des services libres, près de chez vous",
                "Une association qui héberge des services libres.\nDepuis 2012.", structure, 2012, "FR", "Occitanie",
                List.of("fr", "oc", "en"), "https://example.org/logo.svg", "https://example.org",
                "https://example.org/services", "https://example.org/cgu", "https://example.org/comptes",
                "https://example.org/vie-privee", "https://example.org/modele-economique", "contact@example.org",
                "https://example.org/contact");
    }

    @Test
    void everyFieldIsWrittenUnderItsLibrehostOrDirectoryName() throws Exception {
        ObjectNode manifest = writer.write(everythingFilledIn(LegalStructure.NON_PROFIT), MODIFIED);

        JsonNode expected = JsonDocuments.MAPPER.readTree("""
                {
                  "@context": "http://schema.org",
                  "@type": "Organization",
                  "version": "1.0.0",
                  "name": "Hébergeurs du Sud",
                  "tagLine": "Des services libres, près de chez vous",
                  "description": "Une association qui héberge des services libres.\\nDepuis 2012.",
                  "homeUrl": "https://example.org",
                  "logo": "https://example.org/logo.svg",
                  "organizationType": "Non-profit",
                  "communicationLanguages": ["fr", "oc", "en"],
                  "contactUrl": "https://example.org/contact",
                  "privacyPolicyUrl": "https://example.org/vie-privee",
                  "termsOfServiceUrl": "https://example.org/cgu",
                  "isServiceProvider": true,
                  "foundingDate": "2012",
                  "email": "contact@example.org",
                  "address": {"@type": "PostalAddress", "addressCountry": "FR", "addressRegion": "Occitanie"},
                  "servicesUrl": "https://example.org/services",
                  "accountPolicyUrl": "https://example.org/comptes",
                  "economicModelUrl": "https://example.org/modele-economique",
                  "dateModified": "2026-05-04T10:11:12Z"
                }""");
        assertEquals(expected, manifest);
        assertEquals(fieldNames(expected), fieldNames(manifest), "libreho.st's order first, then the directory's");
    }

    @Test
    void absentValuesAreLeftOut() {
        OrganisationDetails nameOnly = new OrganisationDetails("Example", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);

        ObjectNode manifest = writer.write(nameOnly, null);

        assertEquals(List.of("@context", "@type", "version", "name", "communicationLanguages", "isServiceProvider"),
                fieldNames(manifest));
    }

    @Test
    void aRegionWithoutCountryStillGetsAnAddress() {
        OrganisationDetails details = new OrganisationDetails("Example", null, null, null, null, null, "Bavaria",
                null, null, null, null, null, null, null, null, null, null);

        assertEquals("{\"@type\":\"PostalAddress\",\"addressRegion\":\"Bavaria\"}",
                writer.write(details, null).get("address").toString());
    }

    @Test
    void anOrganisationWithoutNameCannotBeWritten() {
        OrganisationDetails nameless = new OrganisationDetails(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);

        assertThrows(NullPointerException.class, () -> writer.write(nameless, MODIFIED));
    }

    @ParameterizedTest
    @EnumSource(LegalStructure.class)
    void fullDetailsSurviveTheRoundTrip_forEveryLegalStructure(LegalStructure structure) throws Exception {
        OrganisationDetails details = everythingFilledIn(structure);

        ManifestImport readBack = reader.read(writer.write(details, MODIFIED).toString());

        assertEquals(details, readBack.details());
        assertEquals(List.of(), readBack.warnings());
    }

    @ParameterizedTest
    @FieldSource("REAL_MANIFESTS")
    void realManifestsSurviveReadWriteRead(String file) throws Exception {
        OrganisationDetails firstRead = reader.read(RealManifests.text(file)).details();

        ManifestImport secondRead = reader.read(writer.write(firstRead, MODIFIED).toString());

        assertEquals(firstRead, secondRead.details());
        assertEquals(List.of(), secondRead.warnings());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
