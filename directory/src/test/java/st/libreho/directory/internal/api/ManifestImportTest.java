package st.libreho.directory.internal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.manifest;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import st.libreho.directory.Directory;
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.DevSignIn;

/** libreho.st's formats in and out: the four real manifests, URLs, directory.json, round trips and exports. */
@QuarkusTest
class ManifestImportTest {

    /** A member's own web site, serving its librehost.json. */
    static HttpServer site;
    static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    @Inject
    Directory directory;

    @BeforeAll
    static void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String body = PAGES.get(exchange.getRequestURI().getPath());
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        site.start();
    }

    @AfterAll
    static void stopSite() {
        site.stop(0);
    }

    static String siteUrl(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private static String operator() {
        return DevSignIn.accessToken("operator", "operator");
    }

    private JsonPath importMember(String slug, String body) {
        return given().auth().oauth2(operator()).contentType(ContentType.JSON).queryParam("slug", slug).body(body)
                .post("/api/v1/members/import").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void nixnetImportsWithItsUnusableTermsOfServiceReported() {
        String slug = uniqueSlug("nixnet");
        JsonPath result = importMember(slug, manifest("nixnet.json"));

        assertEquals("NixNet", result.getString("organisation.details.name"));
        assertEquals(2018, result.getInt("organisation.details.foundingYear"));
        assertEquals("INFORMAL_COLLECTIVE", result.getString("organisation.details.legalStructure"));
        assertEquals(null, result.getString("organisation.details.termsOfServiceUrl"));
        assertEquals("https://nixnet.services/privacy/", result.getString("organisation.details.privacyPolicyUrl"));
        assertEquals(List.of("termsOfServiceUrl"), result.getList("warnings.field"));
        assertTrue(result.getString("warnings[0].reason").toLowerCase().contains("url"),
                result.getString("warnings[0].reason"));
    }

    @Test
    void allmendeKeepsItsFreeTextTypeOnlyAsAWarning() {
        JsonPath result = importMember(uniqueSlug("allmende"), manifest("allmende.json"));

        assertEquals("OTHER", result.getString("organisation.details.legalStructure"));
        assertEquals(2014, result.getInt("organisation.details.foundingYear"));
        assertEquals(List.of("de", "en", "fr"), result.getList("organisation.details.languages"));
        assertEquals(List.of("organizationType"), result.getList("warnings.field"));
        assertTrue(result.getString("warnings[0].reason").contains("computational common")
                || result.getString("warnings[0].value").contains("computational common"));
    }

    @Test
    void libreopsAndSnopytaImportWithoutWarnings() {
        JsonPath libreops = importMember(uniqueSlug("libreops"), manifest("libreops.json"));
        assertEquals(List.of(), libreops.getList("warnings"));
        assertEquals(List.of("en", "el"), libreops.getList("organisation.details.languages"));
        assertEquals("INFORMAL_COLLECTIVE", libreops.getString("organisation.details.legalStructure"));

        JsonPath snopyta = importMember(uniqueSlug("snopyta"), manifest("snopyta.json"));
        assertEquals(List.of(), snopyta.getList("warnings"));
        assertEquals("https://snopyta.org/tos", snopyta.getString("organisation.details.termsOfServiceUrl"));
    }

    @Test
    void theServerFetchesAManifestFromAUrl() {
        PAGES.put("/snopyta/librehost.json", manifest("snopyta.json"));
        JsonPath result = importMember(uniqueSlug("fetched"),
                "{\"url\": \"" + siteUrl("/snopyta/librehost.json") + "\"}");
        assertEquals("Snopyta", result.getString("organisation.details.name"));

        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body("{\"url\": \"" + siteUrl("/missing.json") + "\"}")
                .post("/api/v1/members/import").then().statusCode(400)
                .body("errors[0].field", equalTo("url")).body("detail", containsString("404"));
    }

    @Test
    void aBrokenManifestIsAClearErrorAndNothingIsCreated() {
        String slug = uniqueSlug("broken");
        given().auth().oauth2(operator()).contentType(ContentType.JSON).queryParam("slug", slug)
                .body("{\"tagLine\": \"no name\"}")
                .post("/api/v1/members/import").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().get("/api/v1/members/" + slug).then().statusCode(404);
    }

    @Test
    void aDelegateFillsTheirEntryFromTheirManifestKeepingWhatItDoesNotSay() {
        String slug = uniqueSlug("filled");
        var created = directory.createFoundingMember(slug, new OrganisationDetails("Before", null, null,
                LegalStructure.CO_OPERATIVE, null, null, null, List.of(), null, null, "https://before.example/services",
                null, null, null, null, "filler" + slug + "@example.com", null), Actor.platform());

        given().auth().oauth2(DevSignIn.accessToken("filler" + slug, "user")).contentType(ContentType.JSON)
                .queryParam("version", created.version()).body(manifest("libreops.json"))
                .post("/api/v1/members/" + slug + "/import").then().statusCode(200)
                .body("organisation.details.name", equalTo("LibreOps"))
                .body("organisation.details.servicesPageUrl", equalTo("https://before.example/services"))
                .body("organisation.details.contactEmail", equalTo("filler" + slug + "@example.com"));
    }

    @Test
    void aManifestRoundTripsThroughExportAndImport() {
        String original = uniqueSlug("original");
        directory.createFoundingMember(original, DirectoryFixtures.details("Round Trip", "rt@example.org"),
                Actor.platform());

        String exported = given().get("/members/" + original + "/librehost.json").then().statusCode(200)
                .contentType(containsString("json"))
                .body("'@type'", equalTo("Organization"))
                .body("name", equalTo("Round Trip"))
                .extract().asString();
        JsonPath copy = importMember(uniqueSlug("copy"), exported);

        assertEquals(List.of(), copy.getList("warnings"));
        assertEquals(directory.profile(original).orElseThrow().organisation().details(),
                directory.profile(copy.getString("organisation.slug")).orElseThrow().organisation().details());
    }

    @Test
    void directoryJsonRoundTripsThroughExportAndImport() {
        String first = uniqueSlug("index-a");
        String second = uniqueSlug("index-b");
        directory.createFoundingMember(first, DirectoryFixtures.details("Index A", "a@example.org"), Actor.platform());
        directory.createFoundingMember(second, DirectoryFixtures.details("Index B", "b@example.org"),
                Actor.platform());

        JsonPath index = given().get("/directory.json").then().statusCode(200).extract().jsonPath();
        assertTrue(index.getString("'" + first + "'").endsWith("/members/" + first + "/librehost.json"));

        // the same two members, published by another network under other keys, come back identical
        PAGES.put("/a.json", given().get("/members/" + first + "/librehost.json").asString());
        PAGES.put("/b.json", given().get("/members/" + second + "/librehost.json").asString());
        String copyA = uniqueSlug("copy-a");
        String copyB = uniqueSlug("copy-b");
        String otherIndex = "{\"" + copyA + "\": \"" + siteUrl("/a.json") + "\", \"" + copyB + "\": \""
                + siteUrl("/b.json") + "\", \"gone\": \"" + siteUrl("/gone.json") + "\"}";

        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(otherIndex)
                .post("/api/v1/members/import-directory").then().statusCode(200)
                .body("imported", hasSize(2))
                .body("failed.gone", containsString("404"));
        assertEquals(directory.profile(first).orElseThrow().organisation().details(),
                directory.profile(copyA).orElseThrow().organisation().details());
        assertEquals(directory.profile(second).orElseThrow().organisation().details(),
                directory.profile(copyB).orElseThrow().organisation().details());
    }

    @Test
    void theWholeDirectoryExportsAsJsonAndCsv() {
        String slug = uniqueSlug("csv");
        directory.createFoundingMember(slug, DirectoryFixtures.details("=HYPERLINK(\"x\"), \"Quoted\"",
                "csv@example.org"), Actor.platform());

        given().get("/directory/export.json").then().statusCode(200)
                .body("organisation.slug", hasItem(slug));
        String csv = given().get("/directory/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        assertTrue(csv.startsWith("slug,name,tagline,status"), csv.substring(0, 60));
        assertTrue(csv.contains(slug + ",\"'=HYPERLINK(\"\"x\"\"), \"\"Quoted\"\"\""), "formula defused and quoted");
    }

    @Test
    void onlyOperatorsImportMembers() {
        given().auth().oauth2(DevSignIn.accessToken("person", "user")).contentType(ContentType.JSON)
                .body(manifest("snopyta.json")).post("/api/v1/members/import").then().statusCode(403);
        given().contentType(ContentType.JSON).body(manifest("snopyta.json")).post("/api/v1/members/import")
                .then().statusCode(401);
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/members/import-directory").then().statusCode(200).body("imported", hasSize(0));
        given().get("/api/v1/members").then().body("items.slug", hasItems());
    }
}
