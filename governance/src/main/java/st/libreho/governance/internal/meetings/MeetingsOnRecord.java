package st.libreho.governance.internal.meetings;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.governance.MeetingView;
import st.libreho.governance.internal.proposals.MeetingRecord;

/** What decisions read of the meetings: whether one discussed a proposal, and the next one's facilitator. */
@ApplicationScoped
public class MeetingsOnRecord implements MeetingRecord {

    private final Meetings meetings;

    public MeetingsOnRecord(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean discussedAtMeeting(long proposalId, Instant now) {
        return meetings.discussedAtMeeting(proposalId, now);
    }

    @Override
    public Optional<String> nextFacilitator(Instant now) {
        return meetings.nextMeeting(now).map(MeetingView::facilitator);
    }
}
