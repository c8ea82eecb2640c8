package st.libreho.governance.internal.proposals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.governance.DecisionMode;
import st.libreho.governance.FrozenRules;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalState;

/**
 * A proposal, with the rules frozen on it when it opened and, once closed, its outcome. Named for queries as
 * {@code GovernanceProposal}: the knowledge base has a {@code ProposalEntity} of its own, and entity names are shared by
 * the whole application.
 */
@Entity(name = "GovernanceProposal")
@Table(name = "proposal", schema = "governance")
public class ProposalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalKind kind;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalState state;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_by_email")
    public String openedByEmail;

    @Column(name = "opened_for")
    public String openedFor;

    public String facilitator;

    public String concerned;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_mode", nullable = false)
    public DecisionMode ruleMode;

    @Column(name = "rule_quorum", nullable = false)
    public BigDecimal ruleQuorum;

    @Column(name = "rule_min_support", nullable = false)
    public int ruleMinSupport;

    @Column(name = "rule_appeal", nullable = false)
    public String ruleAppeal;

    @Column(name = "rule_review")
    public String ruleReview;

    public String rationale;

    @Column(name = "in_the_rough")
    public String inTheRough;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "effects_applied")
    public Instant effectsApplied;

    @Column(name = "charter_path")
    public String charterPath;

    @Column(name = "charter_revision")
    public Long charterRevision;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "text_version", nullable = false)
    public int textVersion;

    @Version
    public long version;

    public FrozenRules rules() {
        return new FrozenRules(ruleMode, ruleQuorum, ruleMinSupport, Duration.parse(ruleAppeal),
                ruleReview == null ? null : Duration.parse(ruleReview));
    }

    public void freeze(FrozenRules rules) {
        ruleMode = rules.mode();
        ruleQuorum = rules.quorum();
        ruleMinSupport = rules.minSupport();
        ruleAppeal = rules.appealWindow().toString();
        ruleReview = rules.reviewPeriod() == null ? null : rules.reviewPeriod().toString();
    }

    public List<String> inTheRoughList() {
        return split(inTheRough);
    }

    public List<String> careTeamList() {
        return split(careTeam);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isOpen() {
        return state == ProposalState.OPEN;
    }

    /** When an adopted outcome takes effect: at once for consensus, after the appeal window for rough consensus. */
    public Instant effectiveAt() {
        if (outcome == null || !outcome.adopted()) {
            return null;
        }
        return outcome == Outcome.ROUGH_CONSENSUS ? closedAt.plus(rules().appealWindow()) : closedAt;
    }
}
