package st.libreho.directory.internal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static st.libreho.directory.testing.DirectoryFixtures.details;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.Registration;
import st.libreho.directory.testing.DirectoryFixtures;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.DevSignIn;

/** The directory's JSON API, and who may do what: anonymous, signed in, delegate of this or another, operator. */
@QuarkusTest
class DirectoryApiTest {

    @Inject
    Directory directory;

    String ours;
    String theirs;
    String ourDelegate;
    String theirDelegate;

    @BeforeEach
    void twoOrganisations() {
        ours = uniqueSlug("ours");
        theirs = uniqueSlug("theirs");
        ourDelegate = "ada" + ours;
        theirDelegate = "bob" + theirs;
        directory.createFoundingMember(ours, details("Ours " + ours, ourDelegate + "@example.com"), Actor.platform());
        directory.createFoundingMember(theirs, details("Theirs " + theirs, theirDelegate + "@example.com"),
                Actor.platform());
    }

    private static String token(String user) {
        return DevSignIn.accessToken(user, "operator".equals(user) ? "operator" : "user");
    }

    private long version(String slug) {
        return directory.profile(slug).orElseThrow().organisation().version();
    }

    private Map<String, Object> change(String slug, String tagline) {
        OrganisationView current = directory.profile(slug).orElseThrow().organisation();
        var d = current.details();
        return Map.of("version", current.version(), "details", Map.of("name", d.name(), "tagline", tagline,
                "languages", d.languages(), "contactEmail", d.contactEmail()));
    }

    @Test
    void anyoneReadsTheDirectory() {
        given().get("/api/v1/members/" + ours).then().statusCode(200)
                .body("organisation.slug", equalTo(ours))
                .body("organisation.details.country", equalTo("FR"))
                .body("organisation.status", equalTo("MEMBER"));
        given().queryParam("q", "Ours " + ours).get("/api/v1/members").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].slug", equalTo(ours));
        given().get("/api/v1/members/" + ours + "/history").then().statusCode(200)
                .body("items.kind", hasItem("CREATED"));
        given().get("/api/v1/commitments").then().statusCode(200).body("id", hasItems("free-software",
                "net-neutrality"));
        given().get("/api/v1/members/no-such-member").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAbsurdPageNumberIsAnEmptyPageNotAnError() {
        given().queryParam("page", 200_000_000).get("/api/v1/members").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().queryParam("page", 200_000_000).get("/api/v1/services").then().statusCode(200);
        given().queryParam("page", 200_000_000).get("/api/v1/members/" + ours + "/history").then().statusCode(200);
        given().queryParam("page", "200000000").get("/directory").then().statusCode(200);
    }

    @Test
    void aWithdrawnLanguageCodeIsStoredAsTheCurrentOneAndFoundByBoth() {
        OrganisationView current = directory.profile(ours).orElseThrow().organisation();
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("version", current.version(), "details", Map.of("name", current.details().name(),
                        "languages", List.of("iw", "fr"), "contactEmail", current.details().contactEmail())))
                .put("/api/v1/members/" + ours).then().statusCode(200)
                .body("details.languages", equalTo(List.of("he", "fr")));
        given().queryParam("q", "Ours " + ours).queryParam("language", "iw").get("/api/v1/members")
                .then().body("total", equalTo(1));
        given().queryParam("q", "Ours " + ours).queryParam("language", "he").get("/api/v1/members")
                .then().body("total", equalTo(1));
        given().get("/directory").then().body(not(containsString("<option value=\"iw\"")))
                .body(containsString("<option value=\"he\""));
    }

    @Test
    void onlyMembersHaveALibrehostManifest() {
        String applicant = uniqueSlug("applicant");
        directory.createApplicant(applicant, details("Applicant " + applicant, "x@" + applicant + ".example"),
                Actor.platform());
        given().get("/members/" + ours + "/librehost.json").then().statusCode(200);
        given().get("/members/" + applicant + "/librehost.json").then().statusCode(404);
    }

    @Test
    void fillingFromAUrlIsRefusedBeforeAnythingIsFetchedForSomeoneElse() {
        given().auth().oauth2(token("carol")).contentType(ContentType.JSON).queryParam("version", version(ours))
                .body(Map.of("url", "http://127.0.0.1:9/never-fetched.json"))
                .post("/api/v1/members/" + ours + "/import").then().statusCode(403);
    }

    @Test
    void writingNeedsASignIn() {
        given().contentType(ContentType.JSON).body(change(ours, "x")).put("/api/v1/members/" + ours)
                .then().statusCode(401);
        given().get("/api/v1/members/" + ours + "/delegation").then().statusCode(401);
    }

    @Test
    void aDelegateUpdatesTheirOwnEntryButNotAnotherOne() {
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body(change(ours, "New tagline"))
                .put("/api/v1/members/" + ours).then().statusCode(200).body("details.tagline", equalTo("New tagline"));

        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body(change(theirs, "Hijacked"))
                .put("/api/v1/members/" + theirs).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token("carol")).contentType(ContentType.JSON).body(change(theirs, "Hijacked"))
                .put("/api/v1/members/" + theirs).then().statusCode(403);
        assertEquals("Hosting with care",
                directory.profile(theirs).orElseThrow().organisation().details().tagline());
    }

    @Test
    void aDelegateHasTheDelegateAndMemberRoles() {
        given().auth().oauth2(token(ourDelegate)).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItems("delegate", "member"))
                .body("organisations.slug", hasItem(ours));
        given().auth().oauth2(token("carol")).get("/api/v1/me").then().body("roles", not(hasItem("delegate")));
    }

    @Test
    void aConcurrentChangeIsRefusedWithTheOtherPersonsVersion() {
        Map<String, Object> stale = change(ours, "Mine");
        given().auth().oauth2(token("operator")).contentType(ContentType.JSON).body(change(ours, "Theirs first"))
                .put("/api/v1/members/" + ours).then().statusCode(200);

        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body(stale)
                .put("/api/v1/members/" + ours).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("changed by someone else"))
                .body("current.details.tagline", equalTo("Theirs first"));
        assertEquals("Theirs first", directory.profile(ours).orElseThrow().organisation().details().tagline());
    }

    @Test
    void badInputNamesEachField() {
        long version = version(ours);
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("version", version, "details", Map.of("name", "", "homeUrl", "-",
                        "contactEmail", "not-an-address", "languages", List.of("xx"), "country", "France",
                        "description", "d".repeat(5001))))
                .put("/api/v1/members/" + ours).then().statusCode(400)
                .body("errors.field", hasItems("name", "homeUrl", "contactEmail", "languages", "country",
                        "description"));
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("details", Map.of("name", "Mail", "category", "TELEPATHY", "registration", "OPEN",
                        "priceModel", "FREE")))
                .post("/api/v1/members/" + ours + "/services").then().statusCode(400)
                .body("errors[0].field", equalTo("details.category"))
                .body("errors[0].message", containsString("EMAIL"));
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("details", Map.of("name", "Mail", "category", "EMAIL", "registration", "OPEN",
                        "priceModel", "FREE", "softwareLicence", "Proprietary-Forever", "url", "ftp://x")))
                .post("/api/v1/members/" + ours + "/services").then().statusCode(400)
                .body("errors.field", hasItems("softwareLicence", "url"));
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body("{\"details\": ")
                .post("/api/v1/members/" + ours + "/services").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDelegateManagesServicesContactsAndStatements() {
        String location = given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("details", DirectoryFixtures.email(Registration.OPEN, List.of("fr"))))
                .post("/api/v1/members/" + ours + "/services").then().statusCode(201)
                .body("details.softwareLicence", equalTo("GPL-3.0-only")).extract().header("Location");
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("email", "abuse@example.org"))
                .put("/api/v1/members/" + ours + "/contacts/abuse").then().statusCode(200);
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("state", "MEETS", "evidenceUrl", "https://example.org/free-software"))
                .put("/api/v1/members/" + ours + "/statements/free-software").then().statusCode(200);
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body(Map.of("state", "MEETS"))
                .put("/api/v1/members/" + ours + "/statements/world-peace").then().statusCode(400)
                .body("errors[0].field", equalTo("commitment"));
        given().auth().oauth2(token(theirDelegate)).delete(location).then().statusCode(403);

        given().get("/api/v1/members/" + ours).then()
                .body("services[0].details.name", equalTo("Mail"))
                .body("contacts[0].kind", equalTo("ABUSE"))
                .body("statements[0].commitment", equalTo("free-software"));
        // the constant's name, which earlier versions wrote, is an alias of the stable id
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body(Map.of("state", "WORKING_ON_IT"))
                .put("/api/v1/members/" + ours + "/statements/FREE_SOFTWARE").then().statusCode(200)
                .body("commitment", equalTo("free-software"));
        given().auth().oauth2(token(ourDelegate)).delete(location).then().statusCode(204);
        given().get("/api/v1/members/" + ours + "/history").then()
                .body("items.kind", hasItems("SERVICE_ADDED", "SERVICE_REMOVED", "CONTACT_SET", "STATEMENT_SET"));
    }

    @Test
    void theDelegationChangesAndEveryChangeIsInTheHistory() {
        String newcomer = "eve" + ours;
        given().auth().oauth2(token(newcomer)).get("/api/v1/me").then().body("roles", not(hasItem("delegate")));

        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON)
                .body(Map.of("email", newcomer + "@Example.com"))
                .post("/api/v1/members/" + ours + "/delegation").then().statusCode(201)
                .body("email", equalTo(newcomer + "@example.com"));
        given().auth().oauth2(token(newcomer)).get("/api/v1/me").then().body("roles", hasItem("delegate"));

        Map<String, Object> replaced = new java.util.HashMap<>(change(ours, "Hosting with care"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detailsMap = new java.util.HashMap<>((Map<String, Object>) replaced.get("details"));
        detailsMap.put("contactEmail", "team@example.org");
        replaced.put("details", detailsMap);
        given().auth().oauth2(token(newcomer)).contentType(ContentType.JSON).body(replaced)
                .put("/api/v1/members/" + ours).then().statusCode(200);
        given().auth().oauth2(token(newcomer)).delete("/api/v1/members/" + ours + "/delegation/" + ourDelegate
                + "@example.com").then().statusCode(204);

        given().auth().oauth2(token(newcomer)).get("/api/v1/members/" + ours + "/history").then().statusCode(200)
                .body("items.kind", hasItems("DELEGATE_ADDED", "DELEGATE_REMOVED", "CONTACT_EMAIL_CHANGED"))
                .body("items.find { it.kind == 'CONTACT_EMAIL_CHANGED' }.oldValue",
                        equalTo(ourDelegate + "@example.com"))
                .body("items.find { it.kind == 'CONTACT_EMAIL_CHANGED' }.newValue", equalTo("team@example.org"))
                .body("items.find { it.kind == 'DELEGATE_ADDED' && it.subject == '" + newcomer
                        + "@example.com' }.actor", equalTo(ourDelegate.substring(0, 1).toUpperCase()
                                + ourDelegate.substring(1)))
                .body("items[0].at", not(nullValue()));
        given().auth().oauth2(token(ourDelegate)).get("/api/v1/members/" + ours + "/delegation")
                .then().statusCode(403);
    }

    @Test
    void theDelegationsAddressesStayOutOfThePublicHistory() {
        given().get("/api/v1/members/" + ours + "/history").then().statusCode(200)
                .body("items.find { it.kind == 'DELEGATE_ADDED' }.subject", nullValue())
                .body(not(containsString(ourDelegate + "@example.com")));
        given().auth().oauth2(token(theirDelegate)).get("/api/v1/members/" + ours + "/history").then()
                .body(not(containsString(ourDelegate + "@example.com")));
        given().auth().oauth2(token(ourDelegate)).get("/api/v1/members/" + ours + "/history").then()
                .body("items.find { it.kind == 'DELEGATE_ADDED' }.subject", equalTo(ourDelegate + "@example.com"));
    }

    @Test
    void deletingWhatIsNotThereStillAnswers404() {
        // the facade takes such a removal as done; the API's clients have always been told there was nothing
        given().auth().oauth2(token(ourDelegate)).delete("/api/v1/members/" + ours + "/contacts/abuse").then()
                .statusCode(404).body("detail", equalTo("There is no abuse contact to remove."));
        given().auth().oauth2(token(ourDelegate)).delete("/api/v1/members/" + ours + "/delegation/Nobody@Example.com")
                .then().statusCode(404)
                .body("detail", equalTo("nobody@example.com is not in the delegation of Ours " + ours + "."));
    }

    @Test
    void theDelegationIsNeverLeftEmpty() {
        given().auth().oauth2(token(ourDelegate))
                .delete("/api/v1/members/" + ours + "/delegation/" + ourDelegate + "@example.com")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void delegatesExportAllTheirOrganisationsData() {
        given().auth().oauth2(token(ourDelegate)).get("/api/v1/members/" + ours + "/export").then().statusCode(200)
                .body("profile.organisation.slug", equalTo(ours))
                .body("delegation.email", hasItem(ourDelegate + "@example.com"))
                .body("history.kind", hasItem("CREATED"));
        given().auth().oauth2(token(theirDelegate)).get("/api/v1/members/" + ours + "/export").then()
                .statusCode(403);
    }

    @Test
    void onlyOperatorsCreateFoundingMembers() {
        String slug = uniqueSlug("founding");
        Map<String, Object> body = Map.of("slug", slug, "details", Map.of("name", "Founding " + slug,
                "contactEmail", "contact@" + slug + ".example"));
        given().auth().oauth2(token(ourDelegate)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(403);
        given().auth().oauth2(token("operator")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(201)
                .header("Location", containsString("/api/v1/members/" + slug))
                .body("status", equalTo("MEMBER"));
        given().auth().oauth2(token("operator")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }
}
