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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.Visibility;

/** One state of a page. Written once, never changed (a database trigger refuses it too). */
@Entity
@Immutable
@Table(name = "revision", schema = "kb")
public class RevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "page_id", nullable = false)
    public long pageId;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionKind kind;

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

    @Column(name = "base_number")
    public Integer baseNumber;

    @Column(nullable = false)
    public boolean merged;

    @Column(name = "reverted_to")
    public Integer revertedTo;

    @Column(name = "moved_from")
    public String movedFrom;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The page's tags in this revision, normalised (PageRules): a revert restores them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags = new String[0];

    /** For a revision of a governed page: the adopted decision that made it current. */
    @Column(name = "decision_reference")
    public String decisionReference;

    /** A page's revision by its number; null when the page has none of that number. */
    static RevisionEntity numbered(PageEntity page, int number) {
        return find("pageId = ?1 and number = ?2", page.id, number).firstResult();
    }

    /** A page's revision that must be there (its current one, or one a view was keyed on). */
    static RevisionEntity existing(PageEntity page, int number) {
        RevisionEntity revision = numbered(page, number);
        if (revision == null) {
            throw new IllegalStateException("Page " + page.id + " has no revision " + number);
        }
        return revision;
    }

    RevisionSummary summaryView() {
        return new RevisionSummary(number, kind, title, language, visibility, summary, baseNumber, merged, revertedTo,
                movedFrom, authorName, createdAt, decisionReference, List.of(tags));
    }

    /** The revision's details and text, as a save would send them. */
    PageEdit asEdit() {
        return new PageEdit(title, markdown, language, visibility, summary, List.of(tags));
    }
}
