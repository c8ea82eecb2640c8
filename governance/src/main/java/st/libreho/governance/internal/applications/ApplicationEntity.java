package st.libreho.governance.internal.applications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An application to join: the applicant organisation and the membership proposal that decides it. */
@Entity
@Table(name = "application", schema = "governance")
public class ApplicationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Column(name = "proposal_id", nullable = false)
    public long proposalId;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_by_email", nullable = false)
    public String submittedByEmail;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
