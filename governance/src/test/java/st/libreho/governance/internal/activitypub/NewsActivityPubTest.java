package st.libreho.governance.internal.activitypub;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.GovernanceFixtures.as;
import static st.libreho.governance.GovernanceFixtures.open;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import st.libreho.directory.Directory;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;

/**
 * The news over ActivityPub as a fediverse server reads it: WebFinger finds the actor from acct:news@host, the actor
 * names its outbox, the outbox pages hold a Create for each adopted press release, each Article can be fetched at its
 * id, and the inbox refuses deliveries with a problem pointing to the Atom feed.
 */
@QuarkusTest
class NewsActivityPubTest {

    static final String BASE = "http://localhost:8080";
    static final String ACTIVITY_JSON = "application/activity+json";

    @Inject
    Directory directory;

    @Test
    void webFingerFindsTheNewsActorAndNobodyElse() {
        JsonPath jrd = as(null).queryParam("resource", "acct:news@localhost:8080").get("/.well-known/webfinger")
                .then().statusCode(200).contentType(containsString("application/jrd+json")).extract().jsonPath();
        assertEquals("acct:news@localhost:8080", jrd.getString("subject"));
        assertEquals(BASE + "/ap/news", jrd.getString("links.find { it.rel == 'self' }.href"));
        assertEquals(ACTIVITY_JSON, jrd.getString("links.find { it.rel == 'self' }.type"));
        // the host without the port names the same account
        as(null).queryParam("resource", "acct:news@localhost").get("/.well-known/webfinger").then().statusCode(200);
        as(null).accept(ContentType.JSON).queryParam("resource", "acct:someone@localhost:8080")
                .get("/.well-known/webfinger").then().statusCode(404);
        as(null).accept(ContentType.JSON).get("/.well-known/webfinger").then().statusCode(400);
    }

    @Test
    void theActorIsTheNetworksNewsWithItsInboxOutboxAndPage() {
        JsonPath actor = as(null).accept(ACTIVITY_JSON).get("/ap/news").then().statusCode(200)
                .contentType(startsWith(ACTIVITY_JSON)).extract().jsonPath();
        assertEquals("https://www.w3.org/ns/activitystreams", actor.getString("'@context'"));
        assertEquals(BASE + "/ap/news", actor.getString("id"));
        assertEquals("Organization", actor.getString("type"));
        assertEquals("news", actor.getString("preferredUsername"));
        assertEquals("Librehosters news", actor.getString("name"));
        assertTrue(actor.getString("summary").contains("/news.atom"));
        assertEquals(BASE + "/ap/news/inbox", actor.getString("inbox"));
        assertEquals(BASE + "/ap/news/outbox", actor.getString("outbox"));
        assertEquals(BASE + "/news", actor.getString("url"));
        // the JSON-LD type with the ActivityStreams profile is answered too
        as(null).accept("application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"").get("/ap/news")
                .then().statusCode(200).body("type", equalTo("Organization"));
    }

    @Test
    void anAdoptedPressReleaseIsACreateInTheOutboxAndAnArticleAtItsId() {
        Network network = GovernanceFixtures.network(directory);
        String title = "Librehosters publish over ActivityPub " + network.first();
        long id = open("PRESS_RELEASE", title, network.first());
        String articleId = BASE + "/ap/news/releases/" + id;
        // not in the news while open
        as(null).accept(ACTIVITY_JSON).get("/ap/news/releases/" + id).then().statusCode(404);
        stance("member", id, network.first(), "AGREE", null);
        stance("delegate", id, network.second(), "AGREE", null);
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "CONSENSUS"))
                .post("/api/v1/proposals/" + id + "/close").then().statusCode(200);

        JsonPath outbox = as(null).accept(ACTIVITY_JSON).get("/ap/news/outbox").then().statusCode(200)
                .contentType(startsWith(ACTIVITY_JSON)).extract().jsonPath();
        assertEquals("OrderedCollection", outbox.getString("type"));
        assertTrue(outbox.getLong("totalItems") >= 1);
        assertEquals(BASE + "/ap/news/outbox?page=1", outbox.getString("first"));

        JsonPath page = as(null).accept(ACTIVITY_JSON).queryParam("page", 1).get("/ap/news/outbox").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("OrderedCollectionPage", page.getString("type"));
        assertEquals(BASE + "/ap/news/outbox", page.getString("partOf"));
        List<Map<String, Object>> items = page.getList("orderedItems");
        assertTrue(items.size() <= NewsActorResource.PAGE_SIZE);
        Map<String, Object> create = items.stream()
                .filter(item -> articleId.equals(((Map<?, ?>) item.get("object")).get("id"))).findFirst()
                .orElse(null);
        assertNotNull(create, "the adopted release is in the outbox's first page");
        assertEquals("Create", create.get("type"));
        assertEquals(BASE + "/ap/news", create.get("actor"));
        assertEquals(articleId + "/activity", create.get("id"));

        JsonPath article = as(null).accept(ACTIVITY_JSON).get("/ap/news/releases/" + id).then().statusCode(200)
                .contentType(startsWith(ACTIVITY_JSON)).extract().jsonPath();
        assertEquals(articleId, article.getString("id"));
        assertEquals("Article", article.getString("type"));
        assertEquals(title, article.getString("name"));
        assertEquals(BASE + "/ap/news", article.getString("attributedTo"));
        assertTrue(article.getString("content").contains("<strong>" + title + "</strong>"),
                article.getString("content"));
        assertEquals("text/markdown", article.getString("source.mediaType"));
        assertEquals(BASE + "/decisions/proposals/" + id, article.getString("url"));
        assertEquals(List.of("https://www.w3.org/ns/activitystreams#Public"), article.getList("to"));
        as(null).accept(ACTIVITY_JSON).get("/ap/news/releases/" + id + "/activity").then().statusCode(200)
                .body("type", equalTo("Create")).body("object.id", equalTo(articleId));
    }

    @Test
    void anythingButAnAdoptedPressReleaseIsNotAnObjectAndPagesAreBounded() {
        Network network = GovernanceFixtures.network(directory);
        long general = open("GENERAL", "Not news " + network.first(), network.first());
        as(null).accept(ACTIVITY_JSON).get("/ap/news/releases/" + general).then().statusCode(404);
        as(null).accept(ACTIVITY_JSON).get("/ap/news/releases/not-a-number").then().statusCode(404);
        as(null).accept(ACTIVITY_JSON).queryParam("page", 0).get("/ap/news/outbox").then().statusCode(404);
        as(null).accept(ACTIVITY_JSON).queryParam("page", 1001).get("/ap/news/outbox").then().statusCode(404);
    }

    @Test
    void theInboxTakesNothingAndSaysWhereToReadTheNews() {
        as(null).contentType(ACTIVITY_JSON)
                .body("{\"type\":\"Follow\",\"actor\":\"https://social.example/users/ada\",\"object\":\"" + BASE
                        + "/ap/news\"}")
                .post("/ap/news/inbox").then().statusCode(405)
                .contentType(startsWith("application/problem+json"))
                .header("Allow", "GET")
                .body("status", equalTo(405))
                .body("detail", containsString("follows and other activities are not accepted yet"))
                .body("detail", containsString(BASE + "/news.atom"));
        as(null).accept(ACTIVITY_JSON).get("/ap/news/inbox").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("type", equalTo("OrderedCollection"));
    }
}
