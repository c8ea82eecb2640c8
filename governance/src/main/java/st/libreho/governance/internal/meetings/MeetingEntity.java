package st.libreho.governance.internal.meetings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A monthly meeting. Its agenda is computed ({@link AgendaQuery}), except the free items. */
@Entity
@Table(name = "meeting", schema = "governance")
public class MeetingEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public String link;

    public String facilitator;

    @Column(name = "note_taker")
    public String noteTaker;

    public String minutes;

    /** The meeting that approved these minutes; an id, not an association, like everything read here. */
    @Column(name = "minutes_approved_by")
    public Long minutesApprovedBy;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "agenda_published_at")
    public Instant agendaPublishedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    @Column(nullable = false)
    public long version;
}
