package st.libreho.directory.internal.observations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest observation of one thing an organisation declared (one row per organisation, kind and subject). */
@Entity
@Table(name = "observation", schema = "directory")
public class ObservationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(name = "service_id")
    public Long serviceId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]")
    public List<String> findings = new ArrayList<>();

    public boolean failed;

    /** {@link st.libreho.directory.ObservedFacts} as JSON, written and read by {@link Observations}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String facts;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "failing_since")
    public Instant failingSince;
}
