package st.libreho.directory.internal.organisations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.directory.HistoryEntry;

/** One line of an organisation's public history. Written once, never updated or deleted. */
@Entity
@Table(name = "organisation_event", schema = "directory")
public class OrganisationEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String kind;

    public String subject;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    HistoryEntry view() {
        return new HistoryEntry(at, actor, kind, subject, oldValue, newValue);
    }
}
