package st.libreho.governance.internal.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import st.libreho.directory.OrganisationMembership;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.Stance;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;

/**
 * Stances, the objection ledger and the discussion. One voice per member organisation, given by a person of its
 * delegation; an objection gives its reason and stays in the ledger until accommodated, addressed or withdrawn.
 */
@ApplicationScoped
public class Deliberation {

    static final int MAX_REASON = 20_000;

    private final Proposals proposals;
    private final Speakers speakers;
    private final Clock clock;

    public Deliberation(Proposals proposals, Speakers speakers, Clock clock) {
        this.proposals = proposals;
        this.speakers = speakers;
        this.clock = clock;
    }

    /** A person takes (or changes) their organisation's stance. */
    public StanceEntity takeStance(long id, String organisation, Stance stance, String reason, Actor actor) {
        ProposalEntity proposal = proposals.requireOpen(id);
        OrganisationMembership speaker = speakers.requireSpeaker(actor, organisation);
        if (proposal.kind == ProposalKind.MEMBERSHIP && organisation.equals(proposal.concerned)) {
            throw new ForbiddenException("An applicant does not take a stance on its own application.");
        }
        boolean concernedMember = organisation.equals(proposal.concerned);
        if (!speaker.member() && !concernedMember) {
            throw new ForbiddenException("Only member organisations take stances; '" + organisation
                    + "' is not a member.");
        }
        if (stance == null) {
            throw InvalidInputException.of("stance", "required", "Choose a stance");
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (stance == Stance.OBJECT && cleanReason == null) {
            throw InvalidInputException.of("reason", "objection_needs_reason",
                    "An objection gives its reason, so that it can be met or answered");
        }
        if (cleanReason != null && cleanReason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "too_long", "At most " + MAX_REASON + " characters");
        }
        Instant now = clock.instant();
        StanceEntity taken = StanceEntity.find("proposalId = ?1 and organisation = ?2", id, organisation)
                .firstResult();
        if (taken == null) {
            taken = new StanceEntity();
            taken.proposalId = id;
            taken.organisation = organisation;
        }
        taken.stance = stance;
        taken.reason = cleanReason;
        taken.spokenBy = actor.name();
        taken.spokenByEmail = actor.email();
        taken.textVersion = proposal.textVersion;
        taken.takenAt = now;
        taken.persist();
        List<ObjectionEntity> open = ObjectionEntity.list("proposalId = ?1 and organisation = ?2 and state = ?3", id,
                organisation, ObjectionState.OPEN);
        if (stance == Stance.OBJECT) {
            if (open.isEmpty()) {
                ObjectionEntity objection = new ObjectionEntity();
                objection.proposalId = id;
                objection.organisation = organisation;
                objection.reason = cleanReason;
                objection.raisedBy = actor.name();
                objection.raisedAt = now;
                objection.textVersion = proposal.textVersion;
                objection.state = ObjectionState.OPEN;
                objection.persist();
            } else {
                open.forEach(objection -> objection.reason = cleanReason);
            }
        } else {
            // an organisation that no longer objects has withdrawn its objection
            open.forEach(objection -> resolve(objection, ObjectionState.WITHDRAWN, null, null, actor, now));
        }
        return taken;
    }

    /**
     * Moves an objection on in the ledger. Its organisation withdraws it; the proposal's authors or its facilitator
     * accommodate it (once the text changed since it was raised) or address it (a written answer).
     */
    public ObjectionEntity resolveObjection(long id, long objectionId, ObjectionState state, String answer,
            String minutesUrl, Actor actor) {
        ProposalEntity proposal = proposals.requireOpen(id);
        ObjectionEntity objection = ObjectionEntity.findById(objectionId);
        if (objection == null || objection.proposalId != id) {
            throw new NotFoundException("Proposal " + id + " has no objection " + objectionId + ".");
        }
        if (state == null || state == ObjectionState.OPEN) {
            throw InvalidInputException.of("state", "invalid_state",
                    "An objection is accommodated, addressed or withdrawn");
        }
        if (state == ObjectionState.WITHDRAWN) {
            speakers.requireSpeaker(actor, objection.organisation);
        } else {
            requireAuthorOrFacilitator(proposal, actor);
        }
        if (objection.state != ObjectionState.OPEN && state != ObjectionState.WITHDRAWN) {
            throw InvalidInputException.of("state", "not_open", "This objection is already " + objection.state
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        String cleanAnswer = answer == null || answer.isBlank() ? null : answer.strip();
        if (state == ObjectionState.ADDRESSED && cleanAnswer == null) {
            throw InvalidInputException.of("answer", "required",
                    "An addressed objection is answered in writing: give the answer");
        }
        if (state == ObjectionState.ACCOMMODATED && proposal.textVersion <= objection.textVersion) {
            throw InvalidInputException.of("state", "text_unchanged",
                    "An objection is accommodated by changing the text: revise the proposal first");
        }
        if (minutesUrl != null && !minutesUrl.isBlank() && !minutesUrl.strip().matches("(?i)https?://\\S+|/\\S*")) {
            throw InvalidInputException.of("minutesUrl", "invalid_url", "Give the address of the minutes");
        }
        resolve(objection, state, cleanAnswer, minutesUrl == null || minutesUrl.isBlank() ? null
                : minutesUrl.strip(), actor, clock.instant());
        return objection;
    }

    private static void resolve(ObjectionEntity objection, ObjectionState state, String answer, String minutesUrl,
            Actor actor, Instant at) {
        objection.state = state;
        if (answer != null) {
            objection.answer = answer;
        }
        if (minutesUrl != null) {
            objection.minutesUrl = minutesUrl;
        }
        objection.resolvedBy = actor.name();
        objection.resolvedAt = at;
    }

    void requireAuthorOrFacilitator(ProposalEntity proposal, Actor actor) {
        speakers.requireSignedIn(actor);
        if (Speakers.sameAddress(actor.email(), proposal.facilitator)) {
            return;
        }
        proposals.requireAuthor(proposal, actor);
    }

    /** Members, and the applicant on its own application, take part in the discussion. */
    public CommentEntity comment(long id, String body, Actor actor) {
        ProposalEntity proposal = proposals.require(id);
        speakers.requireSignedIn(actor);
        List<OrganisationMembership> memberships = speakers.of(actor);
        OrganisationMembership speaking = memberships.stream().filter(OrganisationMembership::member).findFirst()
                .or(() -> memberships.stream().filter(m -> m.slug().equals(proposal.concerned)).findFirst())
                .orElseThrow(() -> new ForbiddenException("Only members, and an applicant on its application, "
                        + "take part in the discussion."));
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", "required", "Write your comment");
        }
        if (body.length() > MAX_REASON) {
            throw InvalidInputException.of("body", "too_long", "At most " + MAX_REASON + " characters");
        }
        CommentEntity comment = new CommentEntity();
        comment.proposalId = id;
        comment.organisation = speaking.slug();
        comment.author = actor.name();
        comment.body = body.strip();
        comment.postedAt = clock.instant();
        comment.persist();
        return comment;
    }
}
