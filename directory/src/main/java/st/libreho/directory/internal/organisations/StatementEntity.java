package st.libreho.directory.internal.organisations;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.directory.Commitment;
import st.libreho.directory.StatementState;
import st.libreho.directory.StatementView;

@Entity
@Table(name = "commitment_statement", schema = "directory")
@IdClass(StatementEntity.Key.class)
public class StatementEntity extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public long organisationId;

    @Id
    @Column(name = "commitment_id")
    public String commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatementState state;

    @Column(name = "evidence_url")
    public String evidenceUrl;
    public String note;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Null when the catalogue no longer has the commitment (statements are kept, never silently deleted). */
    StatementView view() {
        return Commitment.byId(commitmentId)
                .map(commitment -> new StatementView(commitment, state, evidenceUrl, note, updatedAt)).orElse(null);
    }

    public static class Key implements Serializable {
        public long organisationId;
        public String commitmentId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.organisationId == organisationId
                    && Objects.equals(key.commitmentId, commitmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, commitmentId);
        }
    }
}
