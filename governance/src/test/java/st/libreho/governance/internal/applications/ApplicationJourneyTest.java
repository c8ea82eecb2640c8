package st.libreho.governance.internal.applications;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.governance.GovernanceFixtures.as;
import static st.libreho.governance.GovernanceFixtures.stance;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.governance.GovernanceFixtures;
import st.libreho.governance.GovernanceFixtures.Network;
import st.libreho.governance.MovableClock;

/**
 * An application from start to end, through the API as the applicant and three member organisations use it:
 * submitted, discussed, objected to, revised, on a meeting's agenda, supported, and accepted only once the review
 * period has passed and a meeting held after it opened discussed it; then the organisation is a member.
 */
@QuarkusTest
class ApplicationJourneyTest {

    @Inject
    Directory directory;

    private Network network;

    @BeforeEach
    void aNetwork() {
        network = GovernanceFixtures.network(directory);
    }

    @AfterEach
    void timeBack() {
        MovableClock.reset();
    }

    static Map<String, Object> application(String slug) {
        Map<String, Object> organisation = new HashMap<>();
        organisation.put("name", "Tux Coop " + slug);
        organisation.put("homeUrl", "https://tux.example.org");
        organisation.put("country", "FR");
        organisation.put("languages", List.of("fr"));
        return Map.of("slug", slug, "organisation", organisation, "motivation",
                "We host **Nextcloud** for associations in Lyon.");
    }

    private JsonPath apply(String slug) {
        return as("person").contentType(ContentType.JSON).body(application(slug)).post("/api/v1/applications").then()
                .statusCode(201).header("Location", containsString("/api/v1/applications/")).extract().jsonPath();
    }

    @Test
    void anApplicationIsAcceptedAfterTheReviewPeriodAndAMeetingAndTheOrganisationBecomesAMember() {
        String slug = uniqueSlug("tux");
        JsonPath submitted = apply(slug);
        long id = submitted.getLong("id");
        long proposal = submitted.getLong("proposal.id");
        assertEquals("UNDER_REVIEW", submitted.getString("state"));
        assertEquals("MEMBERSHIP", submitted.getString("proposal.kind"));
        assertEquals(slug, submitted.getString("proposal.concerned"));
        assertEquals("PT720H", submitted.getString("proposal.rules.reviewPeriod"));
        assertEquals(OrganisationStatus.APPLICANT, directory.statusOf(slug).orElseThrow(),
                "an applicant, not in the public directory");

        // the applicant does not speak on its own application; members discuss it with the applicant
        as("person").contentType(ContentType.JSON).body(Map.of("stance", "AGREE"))
                .put("/api/v1/proposals/" + proposal + "/stances/" + slug).then().statusCode(403);
        as("member").contentType(ContentType.JSON).body(Map.of("body", "Which country are your servers in?"))
                .post("/api/v1/proposals/" + proposal + "/comments").then().statusCode(200);
        as("person").contentType(ContentType.JSON).body(Map.of("body", "In France, at a cooperative."))
                .post("/api/v1/proposals/" + proposal + "/comments").then().statusCode(200)
                .body("comments", hasSize(2));
        stance("delegate", proposal, network.second(), "OBJECT", "No privacy policy is published yet");

        // the applicant revises and shows how the objection is met: the earlier stance goes stale
        as("person").contentType(ContentType.JSON).body(Map.of("text",
                "We host **Nextcloud** for associations in Lyon. Privacy policy: https://tux.example.org/privacy",
                "summary", "privacy policy", "baseVersion", 1))
                .put("/api/v1/proposals/" + proposal).then().statusCode(200)
                .body("versions", hasSize(2)).body("stances[0].stale", equalTo(true));
        long objection = as(null).get("/api/v1/proposals/" + proposal).then().extract().jsonPath()
                .getLong("objections[0].id");
        as("person").contentType(ContentType.JSON).body(Map.of("state", "ACCOMMODATED"))
                .post("/api/v1/proposals/" + proposal + "/objections/" + objection).then().statusCode(200)
                .body("objections[0].state", equalTo("ACCOMMODATED"));
        stance("delegate", proposal, network.second(), "AGREE", null);
        stance("member", proposal, network.first(), "AGREE", null);

        // the monthly meeting, ten days from now, has it on its agenda
        LocalDateTime meetingTime = LocalDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.HOURS);
        long meeting = as("member").contentType(ContentType.JSON)
                .body(Map.of("startsAt", meetingTime.toString(), "timeZone", "UTC", "link",
                        "https://meet.example.org/librehosters", "facilitator", "delegate@example.com"))
                .post("/api/v1/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        as(null).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("agenda.proposalId", hasItem((int) proposal));

        // supported, but neither the month of review nor the meeting has happened: its facilitator cannot accept it
        as("delegate").contentType(ContentType.JSON).body(Map.of("outcome", "CONSENSUS"))
                .post("/api/v1/proposals/" + proposal + "/close").then().statusCode(422)
                .body("detail", containsString("review period"));

        // twenty days on: the meeting was held, the review is not over
        MovableClock.advance(Duration.ofDays(20));
        as(null).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("state", equalTo("UNDER_REVIEW")).body("discussedAtMeeting", equalTo(true));

        // a month and a day on: its closing date passed, it is accepted without anyone acting
        MovableClock.advance(Duration.ofDays(11));
        as(null).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("proposal.outcome", equalTo("CONSENSUS"))
                .body("welcomeTitle", containsString("Tux Coop"))
                .body("welcomeText", notNullValue());
        assertEquals(OrganisationStatus.MEMBER, directory.statusOf(slug).orElseThrow(), "a member now");
        assertTrue(directory.organisationsOf(GovernanceFixtures.PERSON).stream()
                .anyMatch(m -> m.slug().equals(slug) && m.member()), "its delegation speaks for a member");
        as(null).get("/decisions.json?kind=MEMBERSHIP&size=100").then()
                .body("items.id", hasItem((int) proposal));
        // person@ is a non-member in the other tests of the run, which share the database: it leaves again
        directory.changeStatus(slug, OrganisationStatus.FORMER_MEMBER, st.libreho.platform.Actor.platform());
    }

    @Test
    void aWithdrawnApplicationKeepsItsHistoryAndItsOrganisationStaysAnApplicant() {
        String slug = uniqueSlug("tux");
        JsonPath submitted = apply(slug);
        long id = submitted.getLong("id");
        long proposal = submitted.getLong("proposal.id");
        stance("delegate", proposal, network.second(), "AGREE", null);
        stance("member", proposal, network.first(), "AGREE", null);
        // (an application past its date that no meeting discussed waits: the rules' MembershipTest; here meetings of
        // other test classes share the database)

        as("member").contentType(ContentType.JSON).body(Map.of("outcome", "WITHDRAWN"))
                .post("/api/v1/proposals/" + proposal + "/close").then().statusCode(403);
        as("person").contentType(ContentType.JSON).body(Map.of("outcome", "WITHDRAWN"))
                .post("/api/v1/proposals/" + proposal + "/close").then().statusCode(200);
        as(null).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("proposal.stances", hasSize(2));
        assertEquals(OrganisationStatus.APPLICANT, directory.statusOf(slug).orElseThrow());
    }

    @Test
    void anApplicationIsCheckedAsTheDirectoryChecksAnEntry() {
        Map<String, Object> bad = new HashMap<>(application("Not A Slug!"));
        bad.put("organisation", Map.of("name", " ", "homeUrl", "javascript:alert(1)"));
        as("person").contentType(ContentType.JSON).body(bad).post("/api/v1/applications").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("slug"));
        as(null).contentType(ContentType.JSON).body(application(uniqueSlug("tux"))).post("/api/v1/applications")
                .then().statusCode(401);
        Map<String, Object> noMotivation = new HashMap<>(application(uniqueSlug("tux")));
        noMotivation.put("motivation", "");
        as("person").contentType(ContentType.JSON).body(noMotivation).post("/api/v1/applications").then()
                .statusCode(422).body("errors.field", hasItem("motivation"));
    }
}
