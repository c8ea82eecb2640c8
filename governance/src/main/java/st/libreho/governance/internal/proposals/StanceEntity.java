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
import st.libreho.governance.Stance;

/** One member organisation's stance on a proposal, with who spoke and which version of the text it answered. */
@Entity
@Table(name = "stance", schema = "governance")
public class StanceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public long proposalId;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stance stance;

    public String reason;

    @Column(name = "spoken_by", nullable = false)
    public String spokenBy;

    @Column(name = "spoken_by_email")
    public String spokenByEmail;

    @Column(name = "text_version", nullable = false)
    public int textVersion;

    @Column(name = "taken_at", nullable = false)
    public Instant takenAt;
}
