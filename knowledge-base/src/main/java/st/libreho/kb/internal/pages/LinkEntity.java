package st.libreho.kb.internal.pages;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A wiki link in a page's current text: the page and the path it links to. */
@Entity
@IdClass(LinkEntity.Key.class)
@Table(name = "link", schema = "kb")
public class LinkEntity extends PanacheEntityBase {

    @Id
    @Column(name = "page_id", nullable = false)
    public long pageId;

    @Id
    @Column(name = "target_path", nullable = false)
    public String targetPath;

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public long pageId;
        public String targetPath;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.pageId == pageId && Objects.equals(key.targetPath, targetPath);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pageId, targetPath);
        }
    }
}
