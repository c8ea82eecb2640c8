package st.libreho.kb.internal.pages;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A path a page moved away from, leading to the page (by its id, so wherever it is now: never a chain or a loop). */
@Entity
@Table(name = "redirect", schema = "kb")
public class RedirectEntity extends PanacheEntityBase {

    @Id
    @Column(nullable = false)
    public String path;

    @Column(name = "page_id", nullable = false)
    public long pageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
