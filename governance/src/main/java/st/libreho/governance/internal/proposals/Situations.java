package st.libreho.governance.internal.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.directory.Directory;
import st.libreho.governance.FrozenRules;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.internal.decisions.ObjectionEntry;
import st.libreho.governance.internal.decisions.Rules;
import st.libreho.governance.internal.decisions.Situation;
import st.libreho.governance.internal.decisions.StanceTaken;

/** Gathers what the pure decision rules look at for one proposal, now: members, stances, ledger, meetings. */
@ApplicationScoped
public class Situations {

    private final Directory directory;
    private final MeetingRecord meetings;
    private final Clock clock;

    public Situations(Directory directory, MeetingRecord meetings, Clock clock) {
        this.directory = directory;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Set<String> eligible() {
        return new LinkedHashSet<>(directory.memberSlugs());
    }

    public Situation of(ProposalEntity proposal, List<StanceEntity> stances, List<ObjectionEntity> objections,
            Set<String> eligible) {
        Instant now = clock.instant();
        // only an open application asks the meetings: a closed one was accepted only if discussed, and the decision
        // log, which shows many, then reads no meeting per application
        boolean discussed = proposal.kind == ProposalKind.MEMBERSHIP && (proposal.isOpen()
                ? meetings.discussedAtMeeting(proposal.id, now)
                : proposal.outcome != null && proposal.outcome.adopted());
        return new Situation(proposal.kind, rules(proposal.rules()), eligible, proposal.concerned,
                stances.stream().map(s -> new StanceTaken(s.organisation, s.stance,
                        s.textVersion < proposal.textVersion)).toList(),
                objections.stream().map(o -> new ObjectionEntry(o.organisation, o.state)).toList(),
                proposal.openedAt, now, discussed);
    }

    public Situation of(ProposalEntity proposal) {
        return of(proposal, StanceEntity.list("proposalId", proposal.id),
                ObjectionEntity.list("proposalId", proposal.id), eligible());
    }

    static Rules rules(FrozenRules frozen) {
        return new Rules(frozen.mode(), frozen.quorum(), frozen.minSupport(), frozen.appealWindow(),
                frozen.reviewPeriod());
    }
}
