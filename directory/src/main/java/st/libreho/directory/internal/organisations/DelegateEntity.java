package st.libreho.directory.internal.organisations;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.directory.Delegate;

/** An address in a delegation; always stored lower-case so that matching ignores case. */
@Entity
@Table(name = "delegate", schema = "directory")
@IdClass(DelegateEntity.Key.class)
public class DelegateEntity extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public long organisationId;

    @Id
    public String email;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by")
    public String addedBy;

    Delegate view() {
        return new Delegate(email, addedAt, addedBy);
    }

    public static class Key implements Serializable {
        public long organisationId;
        public String email;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.organisationId == organisationId
                    && Objects.equals(key.email, email);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, email);
        }
    }
}
