package st.libreho.kb.internal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.kb.WikiFixtures;
import st.libreho.platform.testing.DevSignIn;

/**
 * The pages API as a client sees it: who may read and write what, and the answers of a save: 201, 200 (merged or
 * not), 409 with everything to resolve the conflict, 403, 404 and 422.
 */
@QuarkusTest
class PagesApiTest {

    @Inject
    Directory directory;

    @BeforeEach
    void memberIsAMember() {
        WikiFixtures.members(directory);
    }

    static String token(String user) {
        return DevSignIn.accessToken(user, "operator".equals(user) ? "operator" : "user");
    }

    static Map<String, Object> body(String title, String markdown, String visibility, Integer baseRevision) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("markdown", markdown);
        body.put("language", "en");
        body.put("visibility", visibility);
        body.put("summary", "API test");
        body.put("baseRevision", baseRevision);
        return body;
    }

    static Response put(String user, String path, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (user != null) {
            request = request.auth().oauth2(token(user));
        }
        return request.put("/api/v1/pages/" + path);
    }

    static Response get(String user, String path) {
        var request = given();
        if (user != null) {
            request = request.auth().oauth2(token(user));
        }
        return request.get(path);
    }

    @Test
    void aMemberCreatesAndSavesAndAnyoneReadsAPublicPage() {
        String path = "guides/" + uniquePath("backups");
        put("member", path, body("Backups", "# Backups\n\n## Nightly\n\nSee [[guides/restore]].", "PUBLIC", null))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/pages/" + path))
                .body("path", equalTo(path)).body("revision", equalTo(1)).body("merged", equalTo(false))
                .body("outcome", equalTo("CREATED"));

        given().get("/api/v1/pages/" + path).then().statusCode(200)
                .body("path", equalTo(path)).body("title", equalTo("Backups")).body("language", equalTo("en"))
                .body("visibility", equalTo("PUBLIC")).body("revision", equalTo(1))
                .body("markdown", equalTo("# Backups\n\n## Nightly\n\nSee [[guides/restore]].\n"))
                .body("html", containsString("<h2 id=\"nightly\">Nightly</h2>"))
                .body("html", containsString("<a href=\"/kb/guides/restore\" class=\"wiki-link missing\">"))
                .body("updatedBy", not(nullValue())).body("updatedAt", not(nullValue()))
                .body("tableOfContents[0].anchor", equalTo("nightly"))
                .body("missingLinks", equalTo(List.of("guides/restore")))
                .body("breadcrumbs[0].path", equalTo("guides"))
                .body("backlinks", equalTo(List.of()));

        put("member", path, body("Backups", "Rewritten.", "PUBLIC", 1)).then().statusCode(200)
                .body("revision", equalTo(2)).body("merged", equalTo(false)).body("outcome", equalTo("SAVED"));
        given().get("/api/v1/pages/" + path + "/revisions").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].number", equalTo(2))
                .body("items[0].baseRevision", equalTo(1)).body("items[0].summary", equalTo("API test"))
                .body("items[1].kind", equalTo("CREATED"));
        given().get("/api/v1/pages/" + path + "/revisions/1").then().statusCode(200)
                .body("markdown", containsString("# Backups")).body("revision.number", equalTo(1));
    }

    @Test
    void aSaveWithThePageTokenOfAPageThatMovedAwayIsA409NamingPage() {
        String path = uniquePath("token");
        put("member", path, body("First", lines(10), "PUBLIC", null)).then().statusCode(201);
        String token = given().get("/api/v1/pages/" + path).then().statusCode(200).extract().path("page");
        given().contentType(ContentType.JSON).body(Map.of("newPath", uniquePath("token-moved")))
                .auth().oauth2(token("member")).post("/api/v1/pages/" + path + "/move").then().statusCode(200);
        put("member", path, body("Second", lines(10), "PUBLIC", null)).then().statusCode(201);
        String second = given().get("/api/v1/pages/" + path).then().extract().path("page");

        Map<String, Object> stale = body("First", replaceLine(lines(10), 3, "Mine."), "PUBLIC", 1);
        stale.put("page", token);
        put("member", path, stale).then().statusCode(409).contentType("application/problem+json")
                .body("conflicting", equalTo(List.of("page"))).body("page", equalTo(second))
                .body("yours", containsString("Mine.")).body("theirs", equalTo(lines(10)))
                .body("currentRevision", equalTo(1)).body("detail", containsString("not the page you started from"));
        given().get("/api/v1/pages/" + path).then().body("revision", equalTo(1)).body("title", equalTo("Second"));

        stale.put("page", second);
        put("member", path, stale).then().statusCode(200).body("outcome", equalTo("SAVED"));
    }

    @Test
    void onlyMembersAndOperatorsWrite() {
        String path = uniquePath("rules");
        put(null, path, body("Rules", "x", "PUBLIC", null)).then().statusCode(401);
        put("person", path, body("Rules", "x", "PUBLIC", null)).then().statusCode(403)
                .contentType("application/problem+json");
        put("delegate", path, body("Rules", "x", "PUBLIC", null)).then().statusCode(403);
        given().get("/api/v1/pages/" + path).then().statusCode(404);

        put("operator", path, body("Rules", "x", "PUBLIC", null)).then().statusCode(201);
        put("member", path, body("Rules", "y", "PUBLIC", 1)).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("revision", 1, "baseRevision", 2))
                .auth().oauth2(token("person")).post("/api/v1/pages/" + path + "/revert").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("newPath", uniquePath("elsewhere")))
                .auth().oauth2(token("person")).post("/api/v1/pages/" + path + "/move").then().statusCode(403);
    }

    @Test
    void aMembersOnlyPageDoesNotExistForAnyoneElse() {
        String hidden = uniquePath("members-handbook");
        String linking = uniquePath("public-links");
        put("member", hidden, body("Handbook", "For members.", "MEMBERS", null)).then().statusCode(201);
        put("member", linking, body("Index", "See [[" + hidden + "]].", "PUBLIC", null)).then().statusCode(201);
        put("member", hidden, body("Handbook", "For members. Also [[" + linking + "]].", "MEMBERS", 1))
                .then().statusCode(200);

        Response missing = get(null, "/api/v1/pages/" + uniquePath("never-written"));
        for (String reader : new String[] { null, "person", "delegate" }) {
            Response hiddenPage = get(reader, "/api/v1/pages/" + hidden);
            hiddenPage.then().statusCode(404).contentType("application/problem+json");
            assertEquals(missing.jsonPath().getString("title"), hiddenPage.jsonPath().getString("title"));
            get(reader, "/api/v1/pages/" + hidden + "/revisions").then().statusCode(404);
            get(reader, "/api/v1/pages/" + hidden + "/revisions/1").then().statusCode(404);
            get(reader, "/api/v1/pages/" + hidden + "/diff?from=1&to=2").then().statusCode(404);
            // the public page's link to it reads as a link to a page not written, and no backlink names it
            get(reader, "/api/v1/pages/" + linking).then().statusCode(200)
                    .body("missingLinks", equalTo(List.of(hidden)))
                    .body("backlinks", equalTo(List.of()));
            get(reader, "/api/v1/pages/changes?size=100").then().statusCode(200)
                    .body("items.path", not(hasItem(hidden)))
                    .body("items.path", hasItem(linking));
        }
        for (String reader : new String[] { "member", "operator" }) {
            get(reader, "/api/v1/pages/" + hidden).then().statusCode(200).body("visibility", equalTo("MEMBERS"));
            get(reader, "/api/v1/pages/" + linking).then().statusCode(200)
                    .body("missingLinks", equalTo(List.of()))
                    .body("backlinks.path", equalTo(List.of(hidden)));
            get(reader, "/api/v1/pages/changes?size=100").then().statusCode(200)
                    .body("items.path", hasItem(hidden));
        }
    }

    @Test
    void aSaveFromAnOlderRevisionIsMergedOrAnswered409WithBothTexts() {
        String path = uniquePath("merging");
        String original = lines(10);
        put("member", path, body("Merging", original, "PUBLIC", null)).then().statusCode(201);
        put("member", path, body("Merging", replaceLine(original, 2, "Two, by one."), "PUBLIC", 1))
                .then().statusCode(200).body("merged", equalTo(false));

        put("operator", path, body("Merging", replaceLine(original, 9, "Nine, by another."), "PUBLIC", 1))
                .then().statusCode(200).body("merged", equalTo(true)).body("outcome", equalTo("MERGED"))
                .body("revision", equalTo(3))
                .body("markdown", containsString("Two, by one.")).body("markdown", containsString("Nine, by another."));

        String yours = replaceLine(original, 2, "Two, by a third.");
        put("member", path, body("Merging", yours, "PUBLIC", 1)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("yours", equalTo(yours))
                .body("theirs", containsString("Two, by one."))
                .body("theirs", containsString("Nine, by another."))
                .body("base", equalTo(original))
                .body("currentRevision", equalTo(3))
                .body("baseRevision", equalTo(1))
                .body("conflicting", equalTo(List.of("markdown")));
        given().get("/api/v1/pages/" + path).then().body("revision", equalTo(3));

        put("member", path, body("Merged title", original, "PUBLIC", 2)).then().statusCode(200);
        put("operator", path, body("Another title", original, "PUBLIC", 2)).then().statusCode(409)
                .body("conflicting", equalTo(List.of("title")))
                .body("fields.title.yours", equalTo("Another title"))
                .body("fields.title.theirs", equalTo("Merged title"))
                .body("fields.title.base", equalTo("Merging"));
    }

    @Test
    void badInputIs422NamingEachField() {
        Map<String, Object> bad = body(" ", "x".repeat(1_000_001), "PUBLIC", null);
        bad.put("language", "english");
        bad.put("visibility", "FRIENDS");
        put("member", uniquePath("bad"), bad).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "markdown", "language", "visibility")));
        put("member", "Guides/Sécurité", body("Security", "x", "PUBLIC", null)).then().statusCode(422)
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].message", containsString("guides/securite would do"));
        put("member", uniquePath("no-such") + "/edit", body("Edit", "x", "PUBLIC", null)).then().statusCode(422)
                .body("errors[0].field", equalTo("path"));
        put("member", uniquePath("never-created"), body("Edit", "x", "PUBLIC", 3)).then().statusCode(404);
    }

    @Test
    void aMovedPageIsFoundAtItsOldPathAndAMoveOntoAPageIsRefused() {
        String from = uniquePath("old-home");
        String to = "guides/" + uniquePath("new-home");
        String other = uniquePath("taken");
        String linking = uniquePath("linking");
        put("member", from, body("Home", "Moving soon.", "PUBLIC", null)).then().statusCode(201);
        put("member", other, body("Taken", "Here first.", "PUBLIC", null)).then().statusCode(201);
        put("member", linking, body("Links", "See [[" + from + "]].", "PUBLIC", null)).then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("newPath", other)).auth().oauth2(token("member"))
                .post("/api/v1/pages/" + from + "/move").then().statusCode(422)
                .body("errors[0].field", equalTo("newPath"));
        given().contentType(ContentType.JSON).body(Map.of("newPath", to, "summary", "Tidy up"))
                .auth().oauth2(token("member")).post("/api/v1/pages/" + from + "/move").then().statusCode(200)
                .body("path", equalTo(to)).body("revision", equalTo(2));

        given().redirects().follow(false).get("/api/v1/pages/" + from).then().statusCode(307)
                .header("Location", containsString("/api/v1/pages/" + to));
        given().get("/api/v1/pages/" + from).then().statusCode(200).body("path", equalTo(to));
        given().get("/api/v1/pages/" + to).then().body("backlinks.path", equalTo(List.of(linking)));
        given().get("/api/v1/pages/" + linking).then().body("missingLinks", equalTo(List.of()));
        given().get("/api/v1/pages/" + to + "/revisions").then()
                .body("items[0].kind", equalTo("MOVED")).body("items[0].movedFrom", equalTo(from));
        // a save from a form opened before the move lands on the moved page
        put("member", from, body("Home", "Moved and edited.", "PUBLIC", 2)).then().statusCode(200)
                .body("path", equalTo(to));
        // and a new page may take the old path over
        put("member", from, body("A new page", "Here now.", "PUBLIC", null)).then().statusCode(201);
        given().get("/api/v1/pages/" + from).then().statusCode(200).body("title", equalTo("A new page"));
    }

    @Test
    void aRevertAndTheDiffThroughTheApi() {
        String path = uniquePath("reverting");
        put("member", path, body("Reverting", "Good text.\n", "PUBLIC", null)).then().statusCode(201);
        put("member", path, body("Reverting", "Bad text.\n", "PUBLIC", 1)).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("revision", 1, "baseRevision", 2))
                .auth().oauth2(token("member")).post("/api/v1/pages/" + path + "/revert").then().statusCode(200)
                .body("revision", equalTo(3)).body("markdown", equalTo("Good text.\n"));
        given().get("/api/v1/pages/" + path + "/revisions").then().body("items[0].kind", equalTo("REVERTED"))
                .body("items[0].revertedTo", equalTo(1));

        given().queryParam("from", 1).queryParam("to", 2).get("/api/v1/pages/" + path + "/diff").then()
                .statusCode(200)
                .body("from.number", equalTo(1)).body("to.number", equalTo(2))
                .body("lines.kind", equalTo(List.of("REMOVED", "ADDED")))
                .body("lines[0].segments[0].text", equalTo("Good")).body("lines[0].segments[0].changed", equalTo(true))
                .body("lines[1].segments[0].text", equalTo("Bad"));
        given().get("/api/v1/pages/" + path + "/diff?from=1&to=9").then().statusCode(404);
        given().get("/api/v1/pages/" + path + "/diff?from=one").then().statusCode(400);
    }

    @Test
    void tagsGoThereAndBackAbsentTagsStayAsTheyWereAndABadOneIs422NamingTags() {
        String path = uniquePath("tagged");
        String tag = uniquePath("api");
        Map<String, Object> tagged = body("Tagged", "Text.", "PUBLIC", null);
        tagged.put("tags", List.of(" Email", tag.toUpperCase(), tag));
        put("member", path, tagged).then().statusCode(201).body("tags", equalTo(List.of(tag, "email")));
        given().get("/api/v1/pages/" + path).then().statusCode(200).body("tags", equalTo(List.of(tag, "email")));

        // no tags in the body: as they were
        put("member", path, body("Tagged", "Text, edited.", "PUBLIC", 1)).then().statusCode(200)
                .body("tags", equalTo(List.of(tag, "email")));
        given().get("/api/v1/pages/" + path + "/revisions").then().body("items[0].tags", equalTo(List.of(tag,
                "email")));

        Map<String, Object> bad = body("Tagged", "Text, edited again.", "PUBLIC", 2);
        bad.put("tags", List.of("fine", "not fine!"));
        put("member", path, bad).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("tags")))
                .body("errors[0].message", containsString("'not fine!' is not one"));

        given().queryParam("tag", tag).get("/api/v1/pages").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].path", equalTo(path));
        given().queryParam("q", "text").queryParam("tag", tag).get("/api/v1/pages").then().statusCode(200)
                .body("items.path", equalTo(List.of(path)));
        given().get("/api/v1/pages/tags").then().statusCode(200)
                .body("find { it.tag == '" + tag + "' }.pages", equalTo(1));

        // an empty list removes them
        Map<String, Object> none = body("Tagged", "Text, edited.", "PUBLIC", 2);
        none.put("tags", List.of());
        put("member", path, none).then().statusCode(200).body("tags", equalTo(List.of()));
        given().queryParam("tag", tag).get("/api/v1/pages").then().body("total", equalTo(0));
        // and a page created without them has none
        put("member", uniquePath("untagged"), body("Untagged", "Text.", "PUBLIC", null)).then().statusCode(201)
                .body("tags", equalTo(List.of()));
    }

    @Test
    void theOperationsAreDocumentedInOpenApi() {
        String openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String operation : new String[] { "/api/v1/pages/{path}", "/api/v1/pages/{path}/revisions",
                "/api/v1/pages/{path}/diff", "/api/v1/pages/{path}/revert", "/api/v1/pages/{path}/move",
                "/api/v1/pages/changes", "/api/v1/pages/tags" }) {
            assertTrue(openapi.contains("\"" + operation + "\""), operation + " in " + openapi);
        }
    }
}
