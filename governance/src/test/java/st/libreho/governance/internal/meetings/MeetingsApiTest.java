package st.libreho.governance.internal.meetings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.meetings.MeetingFixtures.as;
import static st.libreho.governance.internal.meetings.MeetingFixtures.someFuture;
import static st.libreho.governance.internal.meetings.MeetingFixtures.somePast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import st.libreho.directory.Directory;
import st.libreho.governance.MeetingView;

/**
 * The meetings' API as members and their tools use it: plan a meeting, see its agenda fill itself, record it, approve
 * its minutes at the next one; who may; what is refused, each field named.
 */
@QuarkusTest
class MeetingsApiTest {

    private static final String PARIS = "Europe/Paris";

    @Inject
    Directory directory;

    @Inject
    MeetingFixtures fixtures;

    @Inject
    Meetings meetings;

    private String organisation;

    @BeforeEach
    void aMemberOrganisation() {
        organisation = MeetingFixtures.memberOrganisation(directory);
    }

    static Map<String, Object> meeting(LocalDateTime startsAt, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", startsAt.toString());
        body.put("timeZone", zone);
        body.put("durationMinutes", 90);
        body.put("link", "https://meet.example.org/librehosters");
        body.put("facilitator", "member@example.com");
        body.put("noteTaker", "Notes@Example.org");
        return body;
    }

    private long plan(LocalDateTime startsAt) {
        return as("member").contentType(ContentType.JSON).body(meeting(startsAt, PARIS)).post("/api/v1/meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Instant inParis(LocalDateTime local) {
        return local.atZone(ZoneId.of(PARIS)).toInstant();
    }

    @Test
    void aMemberPlansAMeetingInItsTimeZoneAndAnyoneReadsIt() {
        LocalDateTime start = someFuture().withHour(18).withMinute(0);
        String location = as("member").contentType(ContentType.JSON).body(meeting(start, PARIS))
                .post("/api/v1/meetings").then().statusCode(201)
                .header("Location", containsString("/api/v1/meetings/")).extract().header("Location");

        as(null).get(location).then().statusCode(200)
                .body("timeZone", equalTo(PARIS))
                .body("localStart", startsWith(start.toString()))
                .body("startsAt", equalTo(inParis(start).toString()))
                .body("endsAt", equalTo(inParis(start).plus(Duration.ofMinutes(90)).toString()))
                .body("link", equalTo("https://meet.example.org/librehosters"))
                .body("facilitator", equalTo("member@example.com"))
                .body("noteTaker", equalTo("notes@example.org"))
                .body("cancelled", equalTo(false));
        as(null).get("/api/v1/meetings?size=100").then().statusCode(200).body("items.size()", not(0));
    }

    @Test
    void badFieldsAre422EachNamedAndAPastDateRecordsAMeetingHeld() {
        Map<String, Object> bad = meeting(someFuture(), "Mars/Olympus_Mons");
        bad.put("link", "http://meet.example.org/plain");
        bad.put("startsAt", "next thursday");
        bad.put("durationMinutes", 2);
        bad.put("facilitator", "not an address");
        as("member").contentType(ContentType.JSON).body(bad).post("/api/v1/meetings").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("timeZone", "link", "startsAt", "durationMinutes", "facilitator"));

        // an offset is not a time zone: it knows nothing of summer time
        as("member").contentType(ContentType.JSON).body(meeting(someFuture(), "+01:00")).post("/api/v1/meetings")
                .then().statusCode(422).body("errors.field", hasItem("timeZone"));
        // 02:30 on the last Sunday of March does not exist in Paris
        as("member").contentType(ContentType.JSON).body(meeting(LocalDateTime.of(2027, 3, 28, 2, 30), PARIS))
                .post("/api/v1/meetings").then().statusCode(422).body("errors.field", hasItem("startsAt"))
                .body("detail", containsString("clocks skip"));

        long held = plan(somePast());
        as(null).get("/api/v1/meetings/" + held).then().statusCode(200).body("id", equalTo((int) held));
    }

    @Test
    void whoMay() {
        Map<String, Object> body = meeting(someFuture(), PARIS);
        as(null).contentType(ContentType.JSON).body(body).post("/api/v1/meetings").then().statusCode(401);
        as("person").contentType(ContentType.JSON).body(body).post("/api/v1/meetings").then().statusCode(403);
        long id = plan(someFuture());
        as("person").contentType(ContentType.JSON).body(Map.of("title", "Mine"))
                .post("/api/v1/meetings/" + id + "/items").then().statusCode(403);
        as("person").contentType(ContentType.JSON).post("/api/v1/meetings/" + id + "/agenda/publish").then().statusCode(
                403);
        as(null).contentType(ContentType.JSON).post("/api/v1/meetings/" + id + "/agenda/publish").then().statusCode(
                401);
        as(null).get("/api/v1/meetings/" + Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void theAgendaFillsItselfWithApplicationsAndProposalsOpenAtTheStartThenFreeItems() {
        LocalDateTime start = someFuture();
        Instant at = inParis(start);
        long meeting = plan(start);
        String applicant = "applicant-" + meeting;
        long application = fixtures.application(applicant, "Applicant Coop " + meeting, at.minus(Duration.ofDays(10)),
                at.plus(Duration.ofDays(20)));
        long open = fixtures.proposal("GENERAL", "Adopt a logo " + meeting, at.minus(Duration.ofDays(3)),
                at.plus(Duration.ofDays(4)), null, null);
        long closingBefore = fixtures.proposal("PRESS_RELEASE", "Announce the network " + meeting,
                at.minus(Duration.ofDays(9)), at.minus(Duration.ofDays(1)), null, null);
        long closedBefore = fixtures.proposal("GENERAL", "Closed before " + meeting, at.minus(Duration.ofDays(9)),
                at.minus(Duration.ofDays(2)), at.minus(Duration.ofDays(2)), null);
        long openedAfter = fixtures.proposal("GENERAL", "Opened after " + meeting, at.plus(Duration.ofMinutes(1)),
                at.plus(Duration.ofDays(8)), null, null);
        as("member").contentType(ContentType.JSON)
                .body(Map.of("title", "Our shared mail server", "description", "Who runs it next year?"))
                .post("/api/v1/meetings/" + meeting + "/items").then().statusCode(201)
                .body("kind", equalTo("FREE")).body("addedBy", notNullValue());

        var agenda = as(null).get("/api/v1/meetings/" + meeting).then().statusCode(200).extract().jsonPath();
        List<Integer> ids = agenda.getList("agenda.proposalId");
        assertTrue(ids.contains((int) application) && ids.contains((int) open) && ids.contains((int) closingBefore),
                "open at the start, or open and closing before: " + ids);
        assertFalse(ids.contains((int) closedBefore), "closed before the meeting");
        assertFalse(ids.contains((int) openedAfter), "opened after the meeting started");
        Map<String, Object> first = agenda.getMap("agenda[0]");
        // applications come first, named by their applicant
        List<Map<String, Object>> entries = agenda.getList("agenda");
        Map<String, Object> app = entries.stream().filter(e -> Integer.valueOf((int) application)
                .equals(e.get("proposalId"))).findFirst().orElseThrow();
        assertEquals("APPLICATION", app.get("kind"));
        assertEquals("Applicant Coop " + meeting, app.get("organisationName"));
        assertEquals(applicant, app.get("organisation"));
        assertEquals("APPLICATION", first.get("kind"));
        Map<String, Object> last = entries.get(entries.size() - 1);
        assertEquals("FREE", last.get("kind"));
        assertEquals("Our shared mail server", last.get("title"));

        as("member").contentType(ContentType.JSON).body(Map.of("title", " "))
                .post("/api/v1/meetings/" + meeting + "/items").then().statusCode(422)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aProposalWasDiscussedOnlyAtAMeetingHeldWhileItWasOpen() {
        LocalDateTime start = somePast();
        Instant at = inParis(start);
        plan(start);
        long openThen = fixtures.proposal("GENERAL", "Open then", at.minus(Duration.ofDays(2)),
                at.plus(Duration.ofDays(5)), at.plus(Duration.ofDays(5)), null);
        // closed since, as every proposal of these past dates: an open one would be left for the closing job of
        // another test class, which shares this database
        long openedAfter = fixtures.proposal("GENERAL", "Opened after", at.plus(Duration.ofHours(1)),
                at.plus(Duration.ofDays(9)), at.plus(Duration.ofDays(9)), null);

        assertTrue(meetings.discussedAtMeeting(openThen, Instant.now()));
        assertFalse(meetings.discussedAtMeeting(openThen, at.minusSeconds(1)), "the meeting had not started yet");
        assertFalse(meetings.discussedAtMeeting(openedAfter, at.plus(Duration.ofDays(1))));

        // a meeting to come discusses nothing yet, and a cancelled one never will
        LocalDateTime later = someFuture();
        Instant laterAt = inParis(later);
        long upcoming = plan(later);
        long openForIt = fixtures.proposal("GENERAL", "Open for the next one", laterAt.minus(Duration.ofDays(1)),
                laterAt.plus(Duration.ofDays(9)), null, null);
        assertFalse(meetings.discussedAtMeeting(openForIt, laterAt.minusSeconds(60)));
        assertTrue(meetings.discussedAtMeeting(openForIt, laterAt.plusSeconds(60)));
        long version = as(null).get("/api/v1/meetings/" + upcoming).then().extract().jsonPath().getLong("version");
        as("member").contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/v1/meetings/" + upcoming + "/cancel").then().statusCode(200)
                .body("cancelled", equalTo(true));
        assertFalse(meetings.discussedAtMeeting(openForIt, laterAt.plusSeconds(60)), "it was cancelled");
    }

    @Test
    void theNextMeetingIsTheFirstNotCancelledAfterNowWithItsFacilitator() {
        LocalDateTime start = someFuture();
        Instant at = inParis(start);
        long first = plan(start);
        long second = plan(start.plusHours(2));

        MeetingView next = meetings.nextMeeting(at.minusSeconds(60)).orElseThrow();
        assertEquals(first, next.id());
        assertEquals("member@example.com", next.facilitator());
        assertEquals(second, meetings.nextMeeting(at).orElseThrow().id(), "one starting now is not next");
    }

    @Test
    void attendanceByMemberOrganisationAndMinutesApprovedAtTheFollowingMeeting() {
        LocalDateTime start = somePast();
        long earlier = plan(start);
        long following = plan(start.plusHours(2));
        String url = "/api/v1/meetings/" + earlier;

        as("member").contentType(ContentType.JSON).body(List.of(organisation)).put(url + "/attendance").then()
                .statusCode(200).body("attendance", equalTo(List.of(organisation)));
        as("member").contentType(ContentType.JSON).body(List.of("no-such-organisation-" + earlier))
                .put(url + "/attendance").then().statusCode(422).body("errors.field", hasItem("attendance"))
                .body("detail", containsString("no-such-organisation"));

        // nothing to approve yet
        as("member").contentType(ContentType.JSON).post("/api/v1/meetings/" + following + "/approve-previous-minutes")
                .then().statusCode(422)
                .body("errors.field", hasItem("minutes"));

        long version = as(null).get(url).then().extract().jsonPath().getLong("version");
        as("member").contentType(ContentType.JSON)
                .body(Map.of("minutes", "# Decisions\n\nWe agreed.", "version", version)).put(url + "/minutes")
                .then().statusCode(200).body("minutes", containsString("We agreed."));
        // someone who read the old version is told, and saves nothing
        as("member").contentType(ContentType.JSON).body(Map.of("minutes", "Stale", "version", version))
                .put(url + "/minutes").then().statusCode(409).body("current.minutes", containsString("We agreed."));

        as("member").contentType(ContentType.JSON).post("/api/v1/meetings/" + following + "/approve-previous-minutes")
                .then().statusCode(200)
                .body("id", equalTo((int) earlier)).body("approvedBy", equalTo((int) following));
        as(null).get(url).then().body("approvedBy", equalTo((int) following));
        as(null).get("/api/v1/meetings/" + following).then().body("approvedMinutesOf", equalTo((int) earlier))
                .body("previousMeeting", equalTo((int) earlier)).body("approvedBy", nullValue());

        long now = as(null).get(url).then().extract().jsonPath().getLong("version");
        as("member").contentType(ContentType.JSON).body(Map.of("minutes", "Rewritten", "version", now))
                .put(url + "/minutes").then().statusCode(422).body("errors.field", hasItem("minutes"));
        as("member").contentType(ContentType.JSON).post("/api/v1/meetings/" + following + "/approve-previous-minutes")
                .then().statusCode(422);
    }

    @Test
    void minutesAndAttendanceWaitForTheMeetingToStart() {
        long upcoming = plan(someFuture());
        as("member").contentType(ContentType.JSON).body(List.of(organisation))
                .put("/api/v1/meetings/" + upcoming + "/attendance").then().statusCode(422)
                .body("errors.field", hasItem("attendance"));
        as("member").contentType(ContentType.JSON).post("/api/v1/meetings/" + upcoming + "/approve-previous-minutes")
                .then().statusCode(422);
    }

    @Test
    void publishingTheAgendaTellsTheMembersOnce() {
        LocalDateTime start = someFuture();
        long id = plan(start);
        as("member").contentType(ContentType.JSON).post("/api/v1/meetings/" + id + "/agenda/publish").then().statusCode(
                200)
                .body("agendaPublishedAt", notNullValue());
        as("member").contentType(ContentType.JSON).post("/api/v1/meetings/" + id + "/agenda/publish").then().statusCode(
                200);

        long told = fixtures.published().stream().filter(event -> event.meetingId() == id).count();
        assertEquals(1, told);
        var event = fixtures.published().stream().filter(e -> e.meetingId() == id).findFirst().orElseThrow();
        assertEquals(inParis(start), event.startsAt());
        assertEquals(PARIS, event.timeZone());
        assertEquals("https://meet.example.org/librehosters", event.link());
    }

    @Test
    void aChangeAgainstAnOldVersionIsAConflictAndSavesNothing() {
        long id = plan(someFuture());
        long version = as(null).get("/api/v1/meetings/" + id).then().extract().jsonPath().getLong("version");
        Map<String, Object> changed = meeting(someFuture(), "America/Montreal");
        changed.put("version", version);
        as("member").contentType(ContentType.JSON).body(changed).put("/api/v1/meetings/" + id).then().statusCode(200)
                .body("timeZone", equalTo("America/Montreal"));
        Map<String, Object> stale = meeting(someFuture(), "Europe/Brussels");
        stale.put("version", version);
        as("member").contentType(ContentType.JSON).body(stale).put("/api/v1/meetings/" + id).then().statusCode(409)
                .body("current.timeZone", equalTo("America/Montreal"));
        as(null).get("/api/v1/meetings/" + id).then().body("timeZone", equalTo("America/Montreal"));
    }
}
