package st.libreho.kb.internal.pages;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;

/** A proposed revision of a governed page: stored, not current until governance adopts it. */
@Entity
@Table(name = "proposal", schema = "kb")
public class ProposalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "page_id", nullable = false)
    public long pageId;

    @Column(name = "base_number", nullable = false)
    public int baseNumber;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String markdown;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    public String summary;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The tags proposed, normalised. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags = new String[0];

    /** The revision its adoption made; null while it is only proposed. */
    @Column(name = "adopted_revision")
    public Integer adoptedRevision;

    PageEdit asEdit() {
        return new PageEdit(title, markdown, language, visibility, summary, List.of(tags));
    }
}
