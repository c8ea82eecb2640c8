package st.libreho.directory.internal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static st.libreho.directory.testing.DirectoryFixtures.details;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.DevSignIn;

/**
 * Input that cannot be read or stored gets a 400 that names what is wrong, in the API and on the pages, and never a
 * 500: NUL characters and halves of characters anywhere, parameters of the wrong type, and bodies that are not JSON.
 */
@QuarkusTest
class UnreadableInputTest {

    @Inject
    Directory directory;

    String slug;
    String delegate;

    @BeforeEach
    void anOrganisation() {
        slug = uniqueSlug("nul");
        delegate = "nul" + slug;
        directory.createFoundingMember(slug, details("Nul " + slug, delegate + "@example.com"), Actor.platform());
    }

    private String entryJson(String taglineJson) {
        OrganisationView current = directory.profile(slug).orElseThrow().organisation();
        return "{\"version\":" + current.version() + ",\"details\":{\"name\":\"Nul " + slug + "\",\"tagline\":"
                + taglineJson + ",\"languages\":[\"fr\"],\"contactEmail\":\"" + delegate + "@example.com\"}}";
    }

    private String tagline() {
        return directory.profile(slug).orElseThrow().organisation().details().tagline();
    }

    @Test
    void aNulCharacterInJsonIsRefusedAndNamed() {
        String before = tagline();
        given().auth().oauth2(DevSignIn.accessToken(delegate, "user")).contentType(ContentType.JSON)
                .body(entryJson("\"before\\u0000after\"")).put("/api/v1/members/" + slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("details.tagline"))
                .body("errors[0].message", containsString("cannot be stored"));
        assertEquals(before, tagline());
    }

    @Test
    void halfACharacterInJsonIsRefusedRatherThanStoredAsAQuestionMark() {
        given().auth().oauth2(DevSignIn.accessToken(delegate, "user")).contentType(ContentType.JSON)
                .body(entryJson("\"caf\\ud800\"")).put("/api/v1/members/" + slug)
                .then().statusCode(400).body("errors[0].field", equalTo("details.tagline"));
        // a whole character outside the basic plane is two halves together, and is stored
        given().auth().oauth2(DevSignIn.accessToken(delegate, "user")).contentType(ContentType.JSON)
                .body(entryJson("\"Hosting \\ud83c\\udf31\"")).put("/api/v1/members/" + slug)
                .then().statusCode(200);
        assertEquals("Hosting \ud83c\udf31", tagline());
    }

    @Test
    void aNulCharacterInTheQueryOrThePathIsRefusedAndNamed() {
        given().queryParam("q", "mail\u0000").get("/api/v1/members")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "mail\u0000").get("/directory")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("“q”")).body(containsString("cannot be stored"));
        given().urlEncodingEnabled(false).get("/members/%00")
                .then().statusCode(400).body(containsString("“slug”"));
        given().urlEncodingEnabled(false).header("Accept-Language", "fr").get("/members/%00")
                .then().statusCode(400).body(containsString("ne peut pas être enregistré"));
    }

    @Test
    void aParameterOfTheWrongTypeIsABadRequestNamingIt() {
        given().queryParam("page", "abc").get("/api/v1/members")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", "99999999999").get("/api/v1/services")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", "abc").get("/api/v1/members/" + slug + "/history")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemThatListsTheBody() {
        given().auth().oauth2(DevSignIn.accessToken(delegate, "user")).contentType(ContentType.JSON)
                .body("{\"version\": 1,, \"details\": {}}").put("/api/v1/members/" + slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("not valid JSON"));
    }

    @Test
    void anAddressThatWouldBreakAMailtoLinkIsRefusedEverywhere() {
        String token = DevSignIn.accessToken(delegate, "user");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entryJson("\"fine\"").replace(delegate + "@example.com", "\\\"><script>@x.example"))
                .put("/api/v1/members/" + slug)
                .then().statusCode(400).body("errors[0].field", equalTo("contactEmail"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"email\": \"a?subject=hi&body=click@example.org\"}")
                .put("/api/v1/members/" + slug + "/contacts/abuse")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"email\": \"a?subject=hi&body=click@example.org\"}")
                .post("/api/v1/members/" + slug + "/delegation")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void aBodyOverTheLimitIsAProblemThatNamesTheBody() {
        given().auth().oauth2(DevSignIn.accessToken(delegate, "user")).contentType(ContentType.JSON)
                .body("[\"" + "a".repeat(11 * 1024 * 1024) + "\"]").put("/api/v1/members/" + slug)
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aNulCharacterInAManifestIsRefusedByTheDirectoryItself() {
        // a manifest is read as a JSON tree, not through the API's records: the directory's own rules catch it
        String manifest = DirectoryFixtures.manifest("libreops.json").replace("\"tagLine\" : \"a group",
                "\"tagLine\" : \"a\\u0000 group");
        long version = directory.profile(slug).orElseThrow().organisation().version();
        given().auth().oauth2(DevSignIn.accessToken(delegate, "user")).contentType(ContentType.JSON)
                .queryParam("version", version).body(manifest).post("/api/v1/members/" + slug + "/import")
                .then().statusCode(400).body("errors[0].field", equalTo("tagline"))
                .body("errors[0].message", containsString("cannot be stored"));
    }
}
