package st.libreho.web.wellknown;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import st.libreho.directory.Directory;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;

/** The network described as a librehost.json, with its members and where their own manifests are. */
@QuarkusTest
class WellKnownLibrehostTest {

    static final String PUBLIC_URL = "http://localhost:8080";

    @Inject
    Directory directory;

    @Test
    void theNetworkListsItsMembersWithTheAddressOfEachManifestAndNoApplicant() {
        String member = DirectoryFixtures.uniqueSlug("selfdesc");
        String applicant = DirectoryFixtures.uniqueSlug("selfdesc-applicant");
        DirectoryFixtures.member(directory, member, DirectoryFixtures.details("Self " + member, "a@" + member
                + ".example"));
        directory.createApplicant(applicant, DirectoryFixtures.details("Self " + applicant, "a@" + applicant
                + ".example"),
                Actor.platform());

        Response response = given().get("/.well-known/librehost.json");
        response.then().statusCode(200).contentType("application/json");
        assertEquals("*", response.header("Access-Control-Allow-Origin"));
        JsonPath manifest = response.jsonPath();
        assertEquals("http://schema.org", manifest.getString("'@context'"));
        assertEquals("Organization", manifest.getString("'@type'"));
        assertEquals("Librehosters", manifest.getString("name"));
        assertEquals(PUBLIC_URL, manifest.getString("homeUrl"));
        assertEquals(List.of("en", "fr"), manifest.getList("communicationLanguages"));
        assertFalse(manifest.getBoolean("isServiceProvider"));
        assertEquals(PUBLIC_URL + "/directory.json", manifest.getString("directoryUrl"));

        List<Map<String, Object>> members = manifest.getList("member");
        assertEquals(directory.listedMemberCount(), members.size());
        assertTrue(members.stream().noneMatch(m -> applicant.equals(m.get("key"))), "an applicant is no member");
        Map<String, Object> ours = members.stream().filter(m -> member.equals(m.get("key"))).findFirst().orElse(null);
        assertNotNull(ours, "the new member is listed");
        assertEquals("Self " + member, ours.get("name"));
        assertEquals("https://example.org", ours.get("homeUrl"));
        String manifestUrl = (String) ours.get("librehostUrl");
        assertEquals(PUBLIC_URL + "/members/" + member + "/librehost.json", manifestUrl);
        // the address it names is the member's manifest, served here
        given().get(manifestUrl.substring(PUBLIC_URL.length())).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Self " + member));
    }

    @Test
    void aKeptCopyGoesWhenAMemberJoinsAndStillAllowsAnyOrigin() {
        given().get("/.well-known/librehost.json").then().statusCode(200);
        String later = DirectoryFixtures.uniqueSlug("selfdesc-later");
        DirectoryFixtures.member(directory, later, DirectoryFixtures.details("Later " + later, "a@" + later
                + ".example"));

        // uncompressed both times (REST Assured asks for gzip by default, beside any header given): a kept copy goes
        // out compressed to a client that accepts it, under the compressed bytes' validator
        Response again = plain().get("/.well-known/librehost.json");
        again.then().statusCode(200);
        assertEquals("*", again.header("Access-Control-Allow-Origin"));
        assertTrue(again.jsonPath().getList("member.key").contains(later));
        // served from the kept copy this time: the same validators, and still readable from any origin
        Response kept = plain().get("/.well-known/librehost.json");
        assertEquals(again.header("ETag"), kept.header("ETag"));
        assertEquals("*", kept.header("Access-Control-Allow-Origin"));
        assertEquals("public, max-age=60", kept.header("Cache-Control"));
    }

    private static RequestSpecification plain() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                .noContentDecoders()));
    }
}
