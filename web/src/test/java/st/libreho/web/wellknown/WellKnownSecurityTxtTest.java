package st.libreho.web.wellknown;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The platform's own security.txt, read as RFC 9116 says a reader parses it. */
@QuarkusTest
class WellKnownSecurityTxtTest {

    @Test
    void itNamesTheConfiguredContactAndExpiresOnceWithinTheYear() {
        Response response = given().get("/.well-known/security.txt");
        response.then().statusCode(200);
        assertEquals("text/plain;charset=utf-8", response.contentType().replace(" ", "").toLowerCase());
        assertEquals("*", response.header("Access-Control-Allow-Origin"));

        Map<String, List<String>> fields = parse(response.asString());
        assertEquals(List.of("mailto:security@localhost"), fields.get("contact"));
        List<String> expires = fields.get("expires");
        assertEquals(1, expires.size(), "exactly one Expires");
        Instant at = OffsetDateTime.parse(expires.get(0)).toInstant();
        assertTrue(at.isAfter(Instant.now()), "Expires is in the future: " + at);
        assertTrue(at.isBefore(Instant.now().plus(Duration.ofDays(365))), "Expires is within a year: " + at);
        assertEquals(List.of("en, fr"), fields.get("preferred-languages"));
        assertEquals(List.of("http://localhost:8080/.well-known/security.txt"), fields.get("canonical"));
    }

    /** Fields by lower-case name, in order; comments and blank lines skipped; any other line fails the test. */
    private static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            assertTrue(colon > 0, "not a field: " + line);
            fields.computeIfAbsent(line.substring(0, colon).toLowerCase(), name -> new ArrayList<>())
                    .add(line.substring(colon + 2).strip());
        }
        return fields;
    }
}
