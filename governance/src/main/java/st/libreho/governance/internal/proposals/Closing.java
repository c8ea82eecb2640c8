package st.libreho.governance.internal.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;
import st.libreho.governance.DecisionTaken;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalClosedException;
import st.libreho.governance.ProposalState;
import st.libreho.governance.internal.GovernanceConfig;
import st.libreho.governance.internal.decisions.DecisionRules;
import st.libreho.governance.internal.decisions.Reasons;
import st.libreho.governance.internal.decisions.Situation;
import st.libreho.governance.internal.decisions.Verdict;
import st.libreho.platform.Actor;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Records outcomes, exactly once: whoever closes a proposal (its closing date passing, seen by the job or by a
 * reader, or its facilitator) first takes the row's lock and checks it is still open, so a second instance doing the
 * same finds it closed and records nothing, fires nothing, sends nothing.
 */
@ApplicationScoped
public class Closing {

    static final int MAX_RATIONALE = 20_000;

    private final Situations situations;
    private final Effects effects;
    private final Speakers speakers;
    private final Proposals proposals;
    private final GovernanceConfig config;
    private final Clock clock;
    private final Event<DecisionTaken> decisionTaken;
    private final PublicContent publicContent;
    private final MeetingRecord meetings;

    public Closing(Situations situations, Effects effects, Speakers speakers, Proposals proposals,
            GovernanceConfig config, Clock clock, Event<DecisionTaken> decisionTaken, PublicContent publicContent,
            MeetingRecord meetings) {
        this.meetings = meetings;
        this.situations = situations;
        this.effects = effects;
        this.speakers = speakers;
        this.proposals = proposals;
        this.config = config;
        this.clock = clock;
        this.decisionTaken = decisionTaken;
        this.publicContent = publicContent;
    }

    /** The open proposals whose closing date has passed, oldest first, at most {@code limit}. */
    public List<Long> due(int limit) {
        return ProposalEntity.getEntityManager().createQuery(
                "select p.id from GovernanceProposal p where p.state = :open"
                        + " and p.closesAt <= :now order by p.closesAt, p.id", Long.class)
                .setParameter("open", ProposalState.OPEN).setParameter("now", clock.instant()).setMaxResults(limit)
                .getResultList();
    }

    /** Adopted decisions whose effects are due (rough consensus past its appeal window). */
    public List<Long> effectsDue(int limit) {
        return ProposalEntity.getEntityManager().createQuery("select p.id from GovernanceProposal p where"
                + " p.outcome in (:adopted) and p.effectsApplied is null order by p.closedAt, p.id", Long.class)
                .setParameter("adopted", List.of(Outcome.CONSENSUS, Outcome.ROUGH_CONSENSUS)).setMaxResults(limit)
                .getResultList();
    }

    /**
     * Closes the proposal if its date has passed, in a transaction of its own, and applies an adopted outcome's
     * effects; whether this call recorded the outcome. A membership proposal whose only missing conditions are the
     * review period or the meeting stays open: an application is accepted only after both.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean closeIfDue(long id) {
        ProposalEntity proposal = ProposalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (proposal == null || !proposal.isOpen() || proposal.closesAt.isAfter(now)) {
            return false;
        }
        Verdict verdict = DecisionRules.atClosingDate(situations.of(proposal));
        if (verdict.outcome().isEmpty()) {
            return false;
        }
        record(proposal, verdict.outcome().get(), null, Set.of(), "platform", proposal.closesAt);
        effects.applyIfDue(proposal, now);
        return true;
    }

    /** Applies an adopted decision's effects when they are due, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyEffectsIfDue(long id) {
        ProposalEntity proposal = ProposalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        return proposal != null && effects.applyIfDue(proposal, clock.instant());
    }

    /**
     * The facilitator declares an outcome: consensus, rough consensus (with a written rationale naming the
     * organisations in the rough) or not adopted. The rules decide whether the declaration holds.
     */
    public ProposalEntity declare(long id, Outcome outcome, String rationale, Set<String> inTheRough, Actor actor) {
        ProposalEntity proposal = lockOpen(id);
        speakers.requireSignedIn(actor);
        String facilitator = proposal.facilitator != null ? proposal.facilitator
                : meetings.nextFacilitator(clock.instant()).orElse(null);
        if (!Speakers.sameAddress(actor.email(), facilitator)) {
            throw new ForbiddenException(facilitator == null
                    ? "No facilitator is named yet: the next meeting's facilitator declares the outcome."
                    : "Only the proposal's facilitator (" + facilitator + ") declares its outcome.");
        }
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "required", "Choose the outcome");
        }
        if (rationale != null && rationale.length() > MAX_RATIONALE) {
            throw InvalidInputException.of("rationale", "too_long", "At most " + MAX_RATIONALE + " characters");
        }
        Situation situation = situations.of(proposal);
        Verdict verdict = DecisionRules.declare(situation, outcome, rationale, inTheRough);
        if (verdict.outcome().isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            for (String reason : verdict.reasons()) {
                problems.add(FieldProblem.of(fieldOf(reason), reason.replace('-', '_'), Reasons.explain(reason)));
            }
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        record(proposal, verdict.outcome().get(), rationale == null ? null : rationale.strip(), inTheRough,
                actor.name(), now);
        effects.applyIfDue(proposal, now);
        return proposal;
    }

    private static String fieldOf(String reason) {
        if (reason.contains("rationale")) {
            return "rationale";
        }
        if (reason.contains("rough-needs-named") || reason.contains("in-the-rough")) {
            return "inTheRough";
        }
        return "outcome";
    }

    /** The organisation that opened it withdraws it; nothing is decided. */
    public ProposalEntity withdraw(long id, Actor actor) {
        ProposalEntity proposal = lockOpen(id);
        proposals.requireAuthor(proposal, actor);
        proposal.state = ProposalState.WITHDRAWN;
        proposal.outcome = Outcome.WITHDRAWN;
        proposal.closedAt = clock.instant();
        proposal.closedBy = actor.name();
        publicContent.changed();
        decisionTaken.fire(new DecisionTaken(proposal.id, proposal.kind, proposal.title, proposal.outcome,
                proposal.closedAt, proposal.concerned));
        return proposal;
    }

    /** A member organisation appeals a declaration of rough consensus within its window: the proposal reopens. */
    public ProposalEntity appeal(long id, String organisation, String reason, Actor actor) {
        ProposalEntity proposal = ProposalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("There is no proposal " + id + ".");
        }
        var speaker = speakers.requireSpeaker(actor, organisation);
        Instant now = clock.instant();
        if (!speaker.member() || !DecisionRules.mayAppeal(Situations.rules(proposal.rules()), proposal.outcome,
                proposal.closedAt, now, organisation, situations.eligible(), proposal.concerned)
                || proposal.effectsApplied != null) {
            throw InvalidInputException.of("organisation", "no_appeal",
                    "Only a declaration of rough consensus is appealed, by a member organisation, within "
                            + proposal.rules().appealWindow().toDays() + " days");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "required", "Give the reason of the appeal");
        }
        AppealEntity appeal = new AppealEntity();
        appeal.proposalId = id;
        appeal.organisation = organisation;
        appeal.reason = reason.strip();
        appeal.lodgedBy = actor.name();
        appeal.lodgedAt = now;
        appeal.persist();
        proposal.state = ProposalState.OPEN;
        proposal.outcome = null;
        proposal.closedAt = null;
        proposal.closedBy = null;
        Instant earliest = now.plus(config.minProposalDuration());
        if (proposal.closesAt.isBefore(earliest)) {
            proposal.closesAt = earliest;
        }
        publicContent.changed();
        return proposal;
    }

    private ProposalEntity lockOpen(long id) {
        ProposalEntity proposal = ProposalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("There is no proposal " + id + ".");
        }
        if (!proposal.isOpen()) {
            throw new ProposalClosedException(id);
        }
        return proposal;
    }

    private void record(ProposalEntity proposal, Outcome outcome, String rationale, Set<String> inTheRough,
            String by, Instant at) {
        proposal.state = ProposalState.CLOSED;
        proposal.outcome = outcome;
        proposal.closedAt = at;
        proposal.closedBy = by;
        proposal.rationale = rationale;
        proposal.inTheRough = inTheRough == null || inTheRough.isEmpty() ? null
                : String.join(",", inTheRough.stream().sorted().toList());
        publicContent.changed();
        decisionTaken.fire(new DecisionTaken(proposal.id, proposal.kind, proposal.title, outcome, at,
                proposal.concerned));
    }
}
