package st.libreho.governance.internal.proposals;

import java.time.Instant;
import java.util.Optional;

/**
 * What decisions need from the meetings: whether a meeting held after a proposal opened had it on its agenda (an
 * application is accepted only then), and who facilitates the next meeting (a proposal's default facilitator).
 */
public interface MeetingRecord {

    boolean discussedAtMeeting(long proposalId, Instant now);

    Optional<String> nextFacilitator(Instant now);
}
