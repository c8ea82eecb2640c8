package st.libreho.kb.internal.pages;

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
import st.libreho.kb.Visibility;
import st.libreho.kb.internal.markdown.WikiPaths;

/** A wiki page as it is now; its text is in its current revision. */
@Entity
@Table(name = "page", schema = "kb")
public class PageEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    /** A charter page: nobody saves, reverts or moves it; members propose revisions and governance adopts them. */
    @Column(nullable = false)
    public boolean governed;

    /** Its current revision's tags, copied here for reading and for finding the pages with a tag (a GIN index). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags = new String[0];

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    /** Besides the row lock every save takes, a second guard: a write that bypassed it fails at commit. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * What names this page whatever its path, for a save to carry ({@code PageView.pageToken}): its id, which no
     * other page ever takes. Opaque to clients, compared as text.
     */
    String token() {
        return String.valueOf(id);
    }

    /** The page at a path, or the page that moved from it, a path read as wiki links write it; null when none. */
    static PageEntity resolve(String path) {
        String normalised = path == null ? "" : WikiPaths.normalise(path);
        if (normalised.isEmpty()) {
            return null;
        }
        PageEntity page = find("path", normalised).firstResult();
        if (page != null) {
            return page;
        }
        RedirectEntity redirect = RedirectEntity.findById(normalised);
        return redirect == null ? null : findById(redirect.pageId);
    }
}
