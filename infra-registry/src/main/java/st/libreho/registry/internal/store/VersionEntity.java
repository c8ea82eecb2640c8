package st.libreho.registry.internal.store;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.registry.Finding;
import st.libreho.registry.Variable;
import st.libreho.registry.VersionSummary;

/** A published version: written once, never changed (a database trigger refuses it too). */
@Entity
@Immutable
@Table(name = "version", schema = "registry")
public class VersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "configuration_id", nullable = false)
    public long configurationId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String changelog;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Variable> variables;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Finding> warnings;

    @Column(name = "file_count", nullable = false)
    public int fileCount;

    @Column(name = "total_bytes", nullable = false)
    public long totalBytes;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public VersionSummary summary() {
        return new VersionSummary(number, changelog, contentHash, fileCount, authorName, publishedAt);
    }
}
