package st.libreho.governance.internal.departures;

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
import st.libreho.governance.DepartureReason;
import st.libreho.governance.DepartureView;

/** A departure from the network, now or at a date. */
@Entity
@Table(name = "departure", schema = "governance")
public class DepartureEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepartureReason reason;

    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    public DepartureView view() {
        return new DepartureView(id, organisation, reason, effectiveAt, proposalId, requestedBy, requestedAt, doneAt);
    }
}
