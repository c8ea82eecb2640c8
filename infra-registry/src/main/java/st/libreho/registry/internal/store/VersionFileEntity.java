package st.libreho.registry.internal.store;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One file of a published version. */
@Entity
@Immutable
@IdClass(VersionFileEntity.Key.class)
@Table(name = "version_file", schema = "registry")
public class VersionFileEntity extends PanacheEntityBase {

    /** A file is known by its version and its path. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long versionId;
        public String path;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.versionId == versionId && Objects.equals(key.path, path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, path);
        }
    }

    @Id
    @Column(name = "version_id")
    public long versionId;

    @Id
    public String path;

    @Column(nullable = false)
    public String content;
}
