package st.libreho.governance.internal.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.governance.AppealView;

/** An appeal against a declaration of rough consensus; it reopened the proposal. */
@Entity
@Table(name = "appeal", schema = "governance")
public class AppealEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public long proposalId;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String reason;

    @Column(name = "lodged_by", nullable = false)
    public String lodgedBy;

    @Column(name = "lodged_at", nullable = false)
    public Instant lodgedAt;

    public AppealView view() {
        return new AppealView(organisation, reason, lodgedBy, lodgedAt);
    }
}
