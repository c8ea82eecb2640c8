package st.libreho.governance.internal.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalState;
import st.libreho.governance.ProposalSummary;
import st.libreho.governance.ProposalView;
import st.libreho.governance.StanceView;
import st.libreho.governance.Tally;
import st.libreho.governance.internal.decisions.DecisionRules;
import st.libreho.governance.internal.decisions.Situation;
import st.libreho.platform.Page;

/**
 * Reads proposals as everyone sees them. A proposal past its closing date is closed before it is read (by the same
 * code as the job, under the row's lock), so nobody sees open what has closed. Lists read each table once per page.
 */
@ApplicationScoped
public class ProposalReading {

    static final int MAX_PAGE = 100;

    private final Closing closing;
    private final Situations situations;
    private final Clock clock;

    public ProposalReading(Closing closing, Situations situations, Clock clock) {
        this.closing = closing;
        this.situations = situations;
        this.clock = clock;
    }

    /** Closes the proposal first if its date passed; call before reading it in the caller's transaction. */
    public void closeIfDue(long id) {
        Long due = ProposalEntity.getEntityManager().createQuery("select count(p) from GovernanceProposal p"
                + " where p.id = :id and p.state = :open and p.closesAt <= :now", Long.class)
                .setParameter("id", id).setParameter("open", ProposalState.OPEN)
                .setParameter("now", clock.instant()).getSingleResult();
        if (due > 0) {
            closing.closeIfDue(id);
        }
    }

    /** A proposal as everyone reads it, closed first if its date has passed. */
    public java.util.Optional<ProposalView> find(long id) {
        closeIfDue(id);
        return java.util.Optional.ofNullable(ProposalEntity.<ProposalEntity> findById(id)).map(this::view);
    }

    /**
     * An adopted press release as the news shows it (closed, its effects applied), or empty for anything else: the
     * news' items are addressed one by one from outside (ActivityPub objects).
     */
    public java.util.Optional<ProposalView> newsItem(long id) {
        ProposalEntity proposal = ProposalEntity.findById(id);
        return proposal != null && proposal.kind == ProposalKind.PRESS_RELEASE && proposal.state != ProposalState.OPEN
                && proposal.effectsApplied != null ? java.util.Optional.of(view(proposal)) : java.util.Optional.empty();
    }

    public ProposalView view(ProposalEntity proposal) {
        Set<String> eligible = situations.eligible();
        List<StanceEntity> stances = StanceEntity.list("proposalId = ?1 order by organisation", proposal.id);
        List<ObjectionEntity> objections = ObjectionEntity.list("proposalId = ?1 order by id", proposal.id);
        Situation situation = situations.of(proposal, stances, objections, eligible);
        return view(proposal, stances, objections, situation,
                ProposalVersionEntity.<ProposalVersionEntity> list("proposalId = ?1 order by number", proposal.id),
                CommentEntity.<CommentEntity> list("proposalId = ?1 order by id", proposal.id),
                AppealEntity.<AppealEntity> list("proposalId = ?1 order by id", proposal.id));
    }

    private ProposalView view(ProposalEntity p, List<StanceEntity> stances, List<ObjectionEntity> objections,
            Situation situation, List<ProposalVersionEntity> versions, List<CommentEntity> comments,
            List<AppealEntity> appeals) {
        var tally = DecisionRules.tally(situation);
        var consensus = DecisionRules.consensus(situation);
        Tally shown = new Tally(tally.eligible(), tally.required(), tally.counted(), tally.support(),
                tally.staleStances(), tally.openObjections(), tally.addressedObjections(), tally.quorumReached(),
                tally.supportReached(), consensus.reasons());
        List<StanceView> stanceViews = stances.stream().map(s -> new StanceView(s.organisation, s.stance, s.reason,
                s.spokenBy, s.takenAt, s.textVersion, s.textVersion < p.textVersion,
                situation.eligible().contains(s.organisation) && !s.organisation.equals(p.concerned))).toList();
        String text = versions.isEmpty() ? "" : versions.get(versions.size() - 1).text;
        Instant appealUntil = p.outcome == Outcome.ROUGH_CONSENSUS ? p.closedAt.plus(p.rules().appealWindow()) : null;
        return new ProposalView(p.id, p.kind, p.title, text, p.state, p.outcome, p.openedAt, p.closesAt, p.closedAt,
                p.openedBy, p.openedFor, p.facilitator, p.concerned, p.rules(), p.textVersion,
                versions.stream().map(ProposalVersionEntity::view).toList(), stanceViews,
                objections.stream().map(ObjectionEntity::view).toList(),
                comments.stream().map(CommentEntity::view).toList(), appeals.stream().map(AppealEntity::view).toList(),
                p.rationale, p.inTheRoughList(), p.closedBy, appealUntil, p.effectiveAt(), shown, p.charterPath,
                p.charterRevision, p.careTeamList(), p.version);
    }

    /** Proposals in a state (all when null), newest first for closed ones, soonest closing first for open ones. */
    public Page<ProposalSummary> list(ProposalState state, ProposalKind kind, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(1, page);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (state != null) {
            query.append(" and state = :state");
            parameters.put("state", state);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        Sort sort = state == ProposalState.OPEN ? Sort.by("closesAt").and("id")
                : Sort.by("closedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        var found = ProposalEntity.<ProposalEntity> find(query.toString(), sort, parameters)
                .page(pageNumber - 1, pageSize);
        return new Page<>(found.list().stream().map(ProposalReading::summary).toList(), pageNumber, pageSize,
                found.count());
    }

    /**
     * The decision log: closed proposals with everything (text, rules, stances, ledger), newest first; each table
     * read once for the page.
     */
    public Page<ProposalView> decisions(ProposalKind kind, boolean adoptedOnly, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(1, page);
        String query = "state <> :open" + (kind == null ? "" : " and kind = :kind")
                + (adoptedOnly ? " and effectsApplied is not null" : "");
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("open", ProposalState.OPEN);
        if (kind != null) {
            parameters.put("kind", kind);
        }
        var found = ProposalEntity.<ProposalEntity> find(query,
                Sort.by("closedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), parameters)
                .page(pageNumber - 1, pageSize);
        List<ProposalEntity> proposals = found.list();
        List<Long> ids = proposals.stream().map(p -> p.id).toList();
        Set<String> eligible = situations.eligible();
        Map<Long, List<StanceEntity>> stances = byProposal(ids.isEmpty() ? List.of()
                : StanceEntity.<StanceEntity> list("proposalId in ?1 order by organisation", ids), s -> s.proposalId);
        Map<Long, List<ObjectionEntity>> objections = byProposal(ids.isEmpty() ? List.of()
                : ObjectionEntity.<ObjectionEntity> list("proposalId in ?1 order by id", ids), o -> o.proposalId);
        Map<Long, List<ProposalVersionEntity>> versions = byProposal(ids.isEmpty() ? List.of()
                : ProposalVersionEntity.<ProposalVersionEntity> list("proposalId in ?1 order by number", ids),
                v -> v.proposalId);
        Map<Long, List<AppealEntity>> appeals = byProposal(ids.isEmpty() ? List.of()
                : AppealEntity.<AppealEntity> list("proposalId in ?1 order by id", ids), a -> a.proposalId);
        List<ProposalView> views = proposals.stream().map(p -> {
            List<StanceEntity> s = stances.getOrDefault(p.id, List.of());
            List<ObjectionEntity> o = objections.getOrDefault(p.id, List.of());
            Situation situation = situations.of(p, s, o, eligible);
            return view(p, s, o, situation, versions.getOrDefault(p.id, List.of()), List.of(),
                    appeals.getOrDefault(p.id, List.of()));
        }).toList();
        return new Page<>(views, pageNumber, pageSize, found.count());
    }

    private static <T> Map<Long, List<T>> byProposal(Collection<T> rows, java.util.function.Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }

    public static ProposalSummary summary(ProposalEntity p) {
        return new ProposalSummary(p.id, p.kind, p.title, p.state, p.outcome, p.openedAt, p.closesAt, p.closedAt,
                p.concerned);
    }
}
