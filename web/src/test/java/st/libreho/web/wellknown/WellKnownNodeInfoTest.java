package st.libreho.web.wellknown;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.directory.testing.DirectoryFixtures;

/**
 * The platform's NodeInfo as a fediverse crawler reads it (jhass/nodeinfo PROTOCOL.md: the JRD at
 * /.well-known/nodeinfo, then the linked document, asked for with Accept: application/json), checked against the
 * official 2.1 schema kept in src/test/resources/nodeinfo (ADR 0020).
 */
@QuarkusTest
class WellKnownNodeInfoTest {

    static final String PUBLIC_URL = "http://localhost:8080";
    static final String SCHEMA_2_1 = "http://nodeinfo.diaspora.software/ns/schema/2.1";
    static final Schema NODEINFO_2_1 = schema();

    @Inject
    Directory directory;

    @Inject
    ObjectMapper json;

    private static Schema schema() {
        try (InputStream in = WellKnownNodeInfoTest.class.getResourceAsStream("/nodeinfo/schema-2.1.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDiscoveryDocumentLinksTheTwoOneDocumentAtThePublicAddress() {
        Response links = given().accept("application/json").get("/.well-known/nodeinfo");
        links.then().statusCode(200).contentType("application/json");
        assertEquals("*", links.header("Access-Control-Allow-Origin"));
        assertEquals(List.of(SCHEMA_2_1), links.jsonPath().getList("links.rel"));
        assertEquals(List.of(PUBLIC_URL + "/nodeinfo/2.1"), links.jsonPath().getList("links.href"));
    }

    @Test
    void theDocumentValidatesAgainstTheNodeInfoTwoOneSchema() throws IOException {
        DirectoryFixtures.member(directory, DirectoryFixtures.uniqueSlug("nodeinfo"),
                DirectoryFixtures.details("NodeInfo Hosters", "nodeinfo@example.org"));
        Response response = given().accept("application/json").get("/nodeinfo/2.1");
        response.then().statusCode(200);
        assertEquals("application/json; profile=\"" + SCHEMA_2_1 + "#\"", response.contentType());
        assertEquals("*", response.header("Access-Control-Allow-Origin"));

        JsonNode document = json.readTree(response.asString());
        List<Error> errors = NODEINFO_2_1.validate(document);
        assertTrue(errors.isEmpty(), "NodeInfo 2.1 schema errors: " + errors + " in " + document);

        assertEquals("librehosters-platform", document.at("/software/name").asText());
        assertEquals(ConfigProvider.getConfig().getValue("quarkus.application.version", String.class),
                document.at("/software/version").asText());
        assertEquals("https://codeberg.org/librehosters/platform", document.at("/software/repository").asText());
        assertEquals(PUBLIC_URL, document.at("/software/homepage").asText());
        assertEquals("[\"activitypub\"]", document.get("protocols").toString());
        assertFalse(document.get("openRegistrations").asBoolean());
        assertEquals(0, document.at("/usage/users").size(), "no personal accounts are counted as users");
        assertEquals("Librehosters", document.at("/metadata/nodeName").asText());
        assertEquals(directory.listedMemberCount(), document.at("/metadata/memberOrganisations").asLong());
        assertTrue(document.at("/metadata/memberOrganisations").asLong() >= 1);
        assertTrue(document.at("/metadata/activitypub").asText().startsWith("publish-only"));
        assertEquals("acct:news@localhost:8080", document.at("/metadata/newsActor").asText());
    }

    @Test
    void theNewsActorNodeInfoNamesIsTheOneWebFingerFindsAndAnyOriginMayReadIt() {
        given().queryParam("resource", "acct:news@localhost:8080").get("/.well-known/webfinger").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*")
                .body("links.find { it.rel == 'self' }.href", org.hamcrest.Matchers.equalTo(PUBLIC_URL + "/ap/news"));
        given().accept("application/activity+json").get("/ap/news").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().accept("application/activity+json").get("/ap/news/outbox").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        // a page of the shell is not a document for other servers
        given().get("/").then().statusCode(200).header("Access-Control-Allow-Origin",
                org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theSchemaRefusesWhatTheDocumentMustNotBecome() throws IOException {
        ObjectNode valid = (ObjectNode) json.readTree(given().get("/nodeinfo/2.1").asString());
        assertTrue(NODEINFO_2_1.validate(valid).isEmpty());

        // a protocol list cannot be empty: the platform must speak one, or serve no NodeInfo
        ObjectNode noProtocol = valid.deepCopy();
        noProtocol.putArray("protocols");
        assertFalse(NODEINFO_2_1.validate(noProtocol).isEmpty(), "protocols: [] is refused");

        ObjectNode unknownProtocol = valid.deepCopy();
        unknownProtocol.putArray("protocols").add("librehost");
        assertFalse(NODEINFO_2_1.validate(unknownProtocol).isEmpty(), "a protocol outside the list is refused");

        // the member count belongs in metadata: usage takes no field of its own
        ObjectNode countInUsage = valid.deepCopy();
        ((ObjectNode) countInUsage.get("usage")).put("memberOrganisations", 3);
        assertFalse(NODEINFO_2_1.validate(countInUsage).isEmpty(), "usage.memberOrganisations is refused");

        ObjectNode badName = valid.deepCopy();
        ((ObjectNode) badName.get("software")).put("name", "Librehosters Platform");
        assertFalse(NODEINFO_2_1.validate(badName).isEmpty(), "software.name is lower-case with dashes");
    }
}
