package st.libreho.governance.internal.care;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A care-team note on an incident report: read by the care team only. */
@Entity
@Table(name = "incident_note", schema = "governance")
public class IncidentNoteEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Override
    public String toString() {
        return "IncidentNote " + id;
    }
}
