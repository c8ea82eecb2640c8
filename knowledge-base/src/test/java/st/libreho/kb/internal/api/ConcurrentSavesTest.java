package st.libreho.kb.internal.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.kb.WikiFixtures;

/**
 * Twenty people save the same page at the same moment, all from the same revision, each changing a line of their
 * own. Every edit must survive, or come back to its author as a conflict with their text: none may be silently lost.
 */
@QuarkusTest
class ConcurrentSavesTest {

    static final int WRITERS = 20;

    @Inject
    Directory directory;

    /** What one writer sent and was answered. */
    record Attempt(int writer, String text, int status, Response response) {
    }

    @Test
    void twentySavesFromTheSameRevisionAtOnceLoseNoEdit() throws Exception {
        WikiFixtures.members(directory);
        String path = uniquePath("busy-page");
        String original = lines(3 * WRITERS + 1);
        PagesApiTest.put("member", path, PagesApiTest.body("Busy", original, "PUBLIC", null)).then().statusCode(201);
        String member = PagesApiTest.token("member");
        String operator = PagesApiTest.token("operator");

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Attempt> attempts = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Attempt>> answers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                // lines 2, 5, 8...: two unchanged lines between any two writers' lines
                String text = replaceLine(original, 3 * writer + 2, "Line rewritten by writer " + writer + ".");
                Callable<Attempt> save = () -> {
                    start.await();
                    Response response = given().auth().oauth2(writer % 2 == 0 ? member : operator)
                            .contentType(ContentType.JSON).body(PagesApiTest.body("Busy", text, "PUBLIC", 1))
                            .put("/api/v1/pages/" + path);
                    return new Attempt(writer, text, response.statusCode(), response);
                };
                answers.add(pool.submit(save));
            }
            start.countDown();
            for (Future<Attempt> answer : answers) {
                attempts.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        String result = given().get("/api/v1/pages/" + path).then().statusCode(200).extract().path("markdown");
        int saved = 0;
        for (Attempt attempt : attempts) {
            String edit = "Line rewritten by writer " + attempt.writer() + ".";
            if (attempt.status() == 200) {
                saved++;
                assertTrue(result.contains(edit), "writer " + attempt.writer() + " was told its edit was saved, "
                        + "but the page lost it:\n" + result);
            } else {
                assertEquals(409, attempt.status(), "writer " + attempt.writer() + ": " + attempt.response()
                        .asString());
                assertEquals(attempt.text(), attempt.response().jsonPath().getString("yours"),
                        "a conflict gives the writer's text back");
                assertFalse(result.contains(edit));
            }
        }
        int revisions = given().get("/api/v1/pages/" + path + "/revisions").then().statusCode(200)
                .extract().path("total");
        assertEquals(1 + saved, revisions, "one revision per edit saved");
        // edits of lines this far apart all merge: one after the other, each over the one before
        assertEquals(WRITERS, saved, "every writer's edit merged");
        for (int writer = 0; writer < WRITERS; writer++) {
            original = replaceLine(original, 3 * writer + 2, "Line rewritten by writer " + writer + ".");
        }
        assertEquals(original, result);
    }
}
