package st.libreho.directory.internal.organisations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation's logo as the platform serves it: a PNG made from the image at {@code sourceUrl}. */
@Entity
@Table(schema = "directory", name = "organisation_logo")
public class LogoEntity extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(name = "source_url", nullable = false, length = 2048)
    public String sourceUrl;

    @Column(nullable = false)
    public byte[] image;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;
}
