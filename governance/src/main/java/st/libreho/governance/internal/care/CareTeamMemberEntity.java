package st.libreho.governance.internal.care;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person of the care team, named by an adopted care-team proposal or by an operator at bootstrap. */
@Entity
@Table(name = "care_team_member", schema = "governance")
public class CareTeamMemberEntity extends PanacheEntityBase {

    @Id
    public String email;

    public String name;

    @Column(name = "named_by")
    public Long namedBy;

    @Column(name = "named_at", nullable = false)
    public Instant namedAt;
}
