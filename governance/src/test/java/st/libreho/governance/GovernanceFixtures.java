package st.libreho.governance;

import static io.restassured.RestAssured.given;
import static st.libreho.directory.testing.DirectoryFixtures.entry;
import static st.libreho.directory.testing.DirectoryFixtures.member;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import st.libreho.directory.Directory;
import st.libreho.platform.Actor;
import st.libreho.platform.testing.DevSignIn;

/**
 * People and organisations for governance's tests. The dev sign-in's users are {@code member}, {@code delegate},
 * {@code person} and {@code operator}, each with the address {@code <user>@example.com}. A network of three member
 * organisations: {@code first} and {@code third} speak through member@, {@code second} through delegate@ (who also
 * facilitates). person@ belongs to no organisation until it applies. Slugs are unique: the database is shared by
 * every test class of a run.
 */
public final class GovernanceFixtures {

    public static final Actor MEMBER = new Actor("member", "Mia Member", "member@example.com", true, false);
    public static final Actor DELEGATE = new Actor("delegate", "Dan Delegate", "delegate@example.com", true, false);
    public static final Actor PERSON = new Actor("person", "Pat Person", "person@example.com", true, false);
    public static final String FACILITATOR = "delegate@example.com";

    private GovernanceFixtures() {
    }

    public record Network(String first, String second, String third) {
    }

    public static Network network(Directory directory) {
        Network network = new Network(uniqueSlug("gov-first"), uniqueSlug("gov-second"), uniqueSlug("gov-third"));
        member(directory, network.first(), entry("First Hosters", "FR", "member@example.com", "fr"));
        member(directory, network.second(), entry("Second Hosters", "BE", "delegate@example.com", "fr"));
        member(directory, network.third(), entry("Third Hosters", "DE", "member@example.com", "de"));
        return network;
    }

    public static RequestSpecification as(String user) {
        RequestSpecification request = given();
        return user == null ? request
                : request.auth().oauth2(DevSignIn.accessToken(user, "operator".equals(user) ? "operator" : "user"));
    }

    public static Map<String, Object> proposal(String kind, String title, String speakingFor) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("text", "We propose that **" + title + "**.");
        body.put("facilitator", FACILITATOR);
        body.put("speakingFor", speakingFor);
        return body;
    }

    /** Opens a proposal through the API as member@ for {@code speakingFor}; its id. */
    public static long open(String kind, String title, String speakingFor) {
        return ((Number) as("member").contentType(ContentType.JSON).body(proposal(kind, title, speakingFor))
                .post("/api/v1/proposals").then().statusCode(201).extract().path("id")).longValue();
    }

    public static void stance(String user, long id, String organisation, String stance, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("stance", stance);
        body.put("reason", reason);
        as(user).contentType(ContentType.JSON).body(body).put("/api/v1/proposals/" + id + "/stances/" + organisation)
                .then().statusCode(200);
    }
}
