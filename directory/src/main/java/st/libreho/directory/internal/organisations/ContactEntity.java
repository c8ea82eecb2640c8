package st.libreho.directory.internal.organisations;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.directory.ContactKind;
import st.libreho.directory.ContactView;

@Entity
@Table(name = "contact", schema = "directory")
@IdClass(ContactEntity.Key.class)
public class ContactEntity extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public long organisationId;

    @Id
    @Enumerated(EnumType.STRING)
    public ContactKind kind;

    public String email;
    public String url;

    ContactView view() {
        return new ContactView(kind, email, url);
    }

    public static class Key implements Serializable {
        public long organisationId;
        public ContactKind kind;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.organisationId == organisationId && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, kind);
        }
    }
}
