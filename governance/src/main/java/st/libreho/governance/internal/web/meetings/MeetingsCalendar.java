package st.libreho.governance.internal.web.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import st.libreho.governance.Governance;
import st.libreho.governance.MeetingSummary;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.RequestLanguage;

/**
 * The meetings as an iCalendar feed anyone subscribes to: every meeting of the last year and all upcoming ones, each
 * an event with a UID that never changes ({@code meeting-<id>@<host>}), its times in UTC (which every calendar
 * application reads, with no time zone definition to carry), the meeting's page as its URL and its link as its
 * location. A cancelled meeting stays in the feed as CANCELLED, so that a calendar that has it removes it; its
 * SEQUENCE is the meeting's version, so that a calendar takes a changed time over the one it has.
 */
@Path("/meetings.ics")
public class MeetingsCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

    private final Governance governance;
    private final RequestLanguage language;
    private final Clock clock;

    public MeetingsCalendar(Governance governance, RequestLanguage language, Clock clock) {
        this.governance = governance;
        this.language = language;
        this.clock = clock;
    }

    @GET
    public Response feed(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        String host = uri.getBaseUri().getHost();
        MeetingMessages messages = Bundles.of(MeetingMessages.class, language.get());
        String text = Biweekly.write(calendar(governance.meetingCalendar(), base, host, messages, clock.instant()))
                .go();
        return Response.ok(text, MEDIA_TYPE).header("Content-Disposition", "inline; filename=\"meetings.ics\"")
                .header("Cache-Control", "max-age=300").build();
    }

    static ICalendar calendar(List<MeetingSummary> meetings, String base, String host, MeetingMessages messages,
            Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Librehosters//Platform//EN");
        calendar.setMethod(Method.publish());
        calendar.setName(messages.calendar_name());
        // the name most calendar applications show for a subscription
        calendar.setExperimentalProperty("X-WR-CALNAME", messages.calendar_name());
        for (MeetingSummary meeting : meetings) {
            String page = base + "/meetings/" + meeting.id();
            VEvent event = new VEvent();
            event.setUid("meeting-" + meeting.id() + "@" + host);
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(meeting.startsAt()), true);
            event.setDateEnd(Date.from(meeting.startsAt().plusSeconds(60L * meeting.durationMinutes())), true);
            event.setSummary(messages.calendar_summary());
            event.setDescription(messages.calendar_description(page));
            event.setUrl(page);
            if (meeting.link() != null) {
                event.setLocation(meeting.link());
            }
            event.setSequence((int) Math.min(Integer.MAX_VALUE, meeting.version()));
            event.setStatus(meeting.cancelled() ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
        }
        return calendar;
    }
}
