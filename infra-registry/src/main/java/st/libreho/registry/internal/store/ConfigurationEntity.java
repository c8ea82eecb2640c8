package st.libreho.registry.internal.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.registry.ConfigurationFormat;
import st.libreho.registry.ConfigurationStatus;

/** A shared configuration as it is now; its files are in its versions. */
@Entity
@Table(name = "configuration", schema = "registry")
public class ConfigurationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(name = "software_name", nullable = false)
    public String softwareName;

    @Column(name = "software_source_url", nullable = false)
    public String softwareSourceUrl;

    @Column(nullable = false)
    public String licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConfigurationFormat format;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConfigurationStatus status;

    @Column(nullable = false)
    public String readme;

    @Column(name = "parent_version_id")
    public Long parentVersionId;

    @Column(name = "latest_version")
    public String latestVersion;

    @Column(name = "versions_count", nullable = false)
    public int versionsCount;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name", nullable = false)
    public String createdByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Hibernate's optimistic lock: a change made against an older read fails instead of overwriting. */
    @Version
    @Column(nullable = false)
    public long version;

    public static ConfigurationEntity find(String owner, String slug) {
        return find("owner = ?1 and slug = ?2", owner, slug).firstResult();
    }
}
