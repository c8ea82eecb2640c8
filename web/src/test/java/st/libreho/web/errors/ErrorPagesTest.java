package st.libreho.web.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.platform.testing.DevSignIn;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPageIsAFriendlyPageInThePersonsLanguage() {
        given().get("/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("href=\"/\">Back to the home page"));
        given().header("Accept-Language", "fr").get("/no/such/page").then().statusCode(404)
                .body(containsString("Page introuvable"));
    }

    @Test
    void anUnknownApiResourceIsAProblemDetail() {
        given().auth().oauth2(DevSignIn.accessToken("person", "user")).get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void aFailureShowsAReferenceAndNeverAStackTrace() {
        given().get("/test-only/failure").then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Something went wrong"))
                .body(matchesPattern("(?s).*reference: [0-9a-f-]{36}.*"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at st.libreho")));
    }

    @Test
    void anApiFailureIsAProblemDetailWithoutInternals() {
        given().auth().oauth2(DevSignIn.accessToken("person", "user")).get("/api/v1/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("detail", containsString("Reference"))
                .body(not(containsString("secret internal detail")));
    }

    @Test
    void aForbiddenActionIsAFriendlyPageAndAProblemForTheApi() {
        given().auth().oauth2(DevSignIn.accessToken("person", "user")).get("/api/v1/test-only/operators")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(DevSignIn.accessToken("operator", "operator")).get("/api/v1/test-only/operators")
                .then().statusCode(200);
    }

    @Test
    void invalidInputNamesEachBadField() {
        given().auth().oauth2(DevSignIn.accessToken("person", "user"))
                .contentType("application/json").body("{\"name\": \"\", \"website\": \"not a url\"}")
                .post("/api/v1/test-only/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "website"));
    }

    @Test
    void malformedJsonIsAClearBadRequest() {
        given().auth().oauth2(DevSignIn.accessToken("person", "user"))
                .contentType("application/json").body("{\"name\": ")
                .post("/api/v1/test-only/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
