package st.libreho.governance.internal.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import st.libreho.governance.TextVersion;

/** One version of a proposal's text: written once, never changed, so every stance can be read against its text. */
@Entity
@Immutable
@Table(name = "proposal_version", schema = "governance")
public class ProposalVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public long proposalId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    public String summary;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public TextVersion view() {
        return new TextVersion(number, title, text, summary, author, createdAt);
    }
}
