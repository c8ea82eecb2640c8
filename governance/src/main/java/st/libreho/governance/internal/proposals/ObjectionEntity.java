package st.libreho.governance.internal.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.governance.ObjectionState;
import st.libreho.governance.ObjectionView;

/** An entry of the objection ledger: the reason, who raised it, and how it was resolved. */
@Entity
@Table(name = "objection", schema = "governance")
public class ObjectionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public long proposalId;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String reason;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "text_version", nullable = false)
    public int textVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionState state;

    public String answer;

    @Column(name = "minutes_url")
    public String minutesUrl;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public ObjectionView view() {
        return new ObjectionView(id, organisation, reason, raisedBy, raisedAt, textVersion, state, answer, minutesUrl,
                resolvedBy, resolvedAt);
    }
}
