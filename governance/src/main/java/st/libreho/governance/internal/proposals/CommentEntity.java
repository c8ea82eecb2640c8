package st.libreho.governance.internal.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.governance.CommentView;

/** A comment in a proposal's discussion (an application's, among others). */
@Entity
@Table(name = "comment", schema = "governance")
public class CommentEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public long proposalId;

    public String organisation;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    public CommentView view() {
        return new CommentView(id, organisation, author, body, postedAt);
    }
}
