package st.libreho.governance.internal.proposals;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Temporary until the meetings land. */
@ApplicationScoped
public class NoMeetingsYet implements MeetingRecord {

    @Override
    public boolean discussedAtMeeting(long proposalId, Instant now) {
        return false;
    }

    @Override
    public Optional<String> nextFacilitator(Instant now) {
        return Optional.empty();
    }
}
