package st.libreho.governance;

import java.time.Instant;
import java.util.List;

/**
 * What a member fills in to open a proposal.
 *
 * @param closesAt null for the shortest allowed (the minimum duration; for membership, the review period)
 * @param facilitator a delegation address of a member organisation; null for the next meeting's facilitator
 * @param speakingFor the member organisation the person opens it for; null when they speak for one only
 * @param concerned for exclusion, end of services or membership: the organisation's slug
 * @param charterPath for a charter change: the governed knowledge-base page
 * @param charterRevision for a charter change: the number of the knowledge base's charter proposal it approves
 * @param careTeam for a care-team proposal: the addresses of the people it names
 */
public record ProposalDraft(ProposalKind kind, String title, String text, Instant closesAt, String facilitator,
        String speakingFor, String concerned, String charterPath, Long charterRevision, List<String> careTeam) {

    public ProposalDraft {
        careTeam = careTeam == null ? List.of() : List.copyOf(careTeam);
    }

    public static ProposalDraft general(ProposalKind kind, String title, String text, Instant closesAt,
            String facilitator) {
        return new ProposalDraft(kind, title, text, closesAt, facilitator, null, null, null, null, List.of());
    }
}
