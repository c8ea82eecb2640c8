package st.libreho.governance.internal.decisions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import st.libreho.governance.DecisionMode;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.Stance;

/** Builds the situations the tests ask the rules about, with readable defaults: a general proposal, open a day. */
final class Proposal {

    static final Instant OPENED = Instant.parse("2025-03-01T10:00:00Z");
    static final Duration APPEAL_WINDOW = Duration.ofDays(7);
    static final Duration REVIEW_PERIOD = Duration.ofDays(30);

    private ProposalKind kind = ProposalKind.GENERAL;
    private DecisionMode mode = DecisionMode.CONSENSUS;
    private BigDecimal quorum = new BigDecimal("0.5");
    private int minSupport = 1;
    private final Set<String> eligible = new LinkedHashSet<>();
    private String concerned;
    private final List<StanceTaken> stances = new ArrayList<>();
    private final List<ObjectionEntry> objections = new ArrayList<>();
    private Instant now = OPENED.plus(Duration.ofDays(1));
    private boolean discussed;

    static Proposal among(String... organisations) {
        Proposal proposal = new Proposal();
        proposal.eligible.addAll(List.of(organisations));
        return proposal;
    }

    Proposal kind(ProposalKind kind) {
        this.kind = kind;
        return this;
    }

    Proposal rough() {
        this.mode = DecisionMode.ROUGH_CONSENSUS;
        return this;
    }

    Proposal quorum(String share) {
        this.quorum = new BigDecimal(share);
        return this;
    }

    Proposal minSupport(int minSupport) {
        this.minSupport = minSupport;
        return this;
    }

    Proposal concerning(String organisation) {
        this.concerned = organisation;
        return this;
    }

    Proposal stance(String organisation, Stance stance) {
        stances.add(new StanceTaken(organisation, stance, false));
        return this;
    }

    Proposal staleStance(String organisation, Stance stance) {
        stances.add(new StanceTaken(organisation, stance, true));
        return this;
    }

    /** Each named organisation agrees. */
    Proposal agree(String... organisations) {
        for (String organisation : organisations) {
            stance(organisation, Stance.AGREE);
        }
        return this;
    }

    Proposal objection(String organisation, ObjectionState state) {
        objections.add(new ObjectionEntry(organisation, state));
        return this;
    }

    /** An objecting stance with its line in the ledger, as the service records them. */
    Proposal objects(String organisation, ObjectionState state) {
        return stance(organisation, Stance.OBJECT).objection(organisation, state);
    }

    Proposal at(Instant now) {
        this.now = now;
        return this;
    }

    Proposal discussedAtMeeting() {
        this.discussed = true;
        return this;
    }

    Rules rules() {
        Duration review = kind == ProposalKind.MEMBERSHIP ? REVIEW_PERIOD : null;
        return new Rules(mode, quorum, minSupport, APPEAL_WINDOW, review);
    }

    Situation situation() {
        return new Situation(kind, rules(), eligible, concerned, stances, objections, OPENED, now, discussed);
    }
}
