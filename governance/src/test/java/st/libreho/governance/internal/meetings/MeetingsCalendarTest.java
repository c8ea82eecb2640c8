package st.libreho.governance.internal.meetings;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.governance.internal.meetings.MeetingFixtures.MEMBER;
import static st.libreho.governance.internal.meetings.MeetingFixtures.someFuture;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingDraft;
import st.libreho.governance.MeetingView;

/** The meetings' iCalendar feed, read back as a calendar application reads it. */
@QuarkusTest
class MeetingsCalendarTest {

    @Inject
    Governance governance;

    @Inject
    Directory directory;

    @Test
    void everyMeetingToComeIsAnEventWithAStableUidItsTimesItsPageAndItsLinkAndACancelledOneSaysSo() {
        MeetingFixtures.memberOrganisation(directory);
        LocalDateTime start = someFuture();
        MeetingView planned = governance.createMeeting(new MeetingDraft(start.toString(), "America/Montreal", 60,
                "https://meet.example.org/room", "member@example.com", null), MEMBER);
        MeetingView other = governance.createMeeting(new MeetingDraft(start.plusDays(1).toString(), "Europe/Paris",
                null, null, null, null), MEMBER);
        governance.cancelMeeting(other.id(), other.version(), MEMBER);

        Response answer = given().get("/meetings.ics");
        answer.then().statusCode(200);
        assertTrue(answer.contentType().startsWith("text/calendar"), answer.contentType());
        assertTrue(answer.contentType().toLowerCase().contains("charset=utf-8"), answer.contentType());
        String text = answer.asString();
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF lines, as RFC 5545 wants");

        ICalendar calendar = Biweekly.parse(text).first();
        assertNotNull(calendar, text);
        VEvent event = event(calendar, planned.id()).orElseThrow(() -> new AssertionError(text));
        assertEquals(start.atZone(ZoneId.of("America/Montreal")).toInstant(),
                event.getDateStart().getValue().toInstant());
        assertEquals(start.atZone(ZoneId.of("America/Montreal")).plusMinutes(60).toInstant(),
                event.getDateEnd().getValue().toInstant());
        assertEquals("Librehosters monthly meeting", event.getSummary().getValue());
        assertTrue(event.getUrl().getValue().endsWith("/meetings/" + planned.id()), event.getUrl().getValue());
        assertEquals("https://meet.example.org/room", event.getLocation().getValue());
        assertTrue(event.getUid().getValue().matches("meeting-" + planned.id() + "@[^@]+"),
                event.getUid().getValue());
        assertFalse(event.getStatus().isCancelled());
        assertTrue(text.contains("DTSTART:" + start.atZone(ZoneId.of("America/Montreal")).toInstant().toString()
                .replace("-", "").replace(":", "")), "in UTC, which every calendar reads");

        VEvent cancelled = event(calendar, other.id()).orElseThrow(() -> new AssertionError(text));
        assertTrue(cancelled.getStatus().isCancelled());

        // the same feed read again: the same UIDs, so that a calendar updates its events instead of adding more
        ICalendar again = Biweekly.parse(given().get("/meetings.ics").asString()).first();
        assertEquals(event.getUid().getValue(), event(again, planned.id()).orElseThrow().getUid().getValue());
        assertEquals(1, calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(event.getUid().getValue())).count());
    }

    private static Optional<VEvent> event(ICalendar calendar, long id) {
        List<VEvent> events = calendar.getEvents();
        return events.stream().filter(e -> e.getUid().getValue().startsWith("meeting-" + id + "@")).findFirst();
    }
}
