package st.libreho.governance.internal.care;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.governance.IncidentState;

/** A confidential incident report. Its text and addresses are never logged, and nothing public reads this table. */
@Entity
@Table(name = "incident_report", schema = "governance")
public class IncidentReportEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "reporter_subject", nullable = false)
    public String reporterSubject;

    @Column(name = "reporter_email")
    public String reporterEmail;

    @Column(name = "reporter_name", nullable = false)
    public String reporterName;

    /** The addresses of the people it concerns, comma-separated, lower case; null when none is named. */
    public String concerns;

    @Column(nullable = false)
    public String text;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentState state;

    public List<String> concernedList() {
        return concerns == null || concerns.isBlank() ? List.of()
                : Arrays.stream(concerns.split(",")).filter(a -> !a.isBlank()).toList();
    }

    /** Avoids a report's text and addresses ending up in a log through an entity's default string. */
    @Override
    public String toString() {
        return "IncidentReport " + id;
    }
}
