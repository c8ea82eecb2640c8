package st.libreho.governance;

import java.time.Instant;

/**
 * One point of a meeting's agenda. The agenda fills itself: the applications under review and the proposals open at
 * the meeting's start (or still open and closing before it), then the free items members added.
 *
 * @param proposalId the proposal (an application's membership proposal for {@link Kind#APPLICATION}); null for a
 *        free item
 * @param itemId the free item; null otherwise
 * @param organisation an application's applicant (its slug), or the organisation a proposal concerns; may be null
 * @param organisationName the applicant's name, for an application
 * @param proposalKind what the proposal decides; null for a free item
 * @param closesAt when the proposal closes; null for a free item
 * @param description a free item's text, as its author wrote it; null otherwise
 * @param addedBy who added a free item
 */
public record AgendaEntry(Kind kind, Long proposalId, Long itemId, String title, String organisation,
        String organisationName, ProposalKind proposalKind, Instant closesAt, String description, String addedBy) {

    /** Where an agenda point comes from. */
    public enum Kind {
        APPLICATION, PROPOSAL, FREE
    }
}
