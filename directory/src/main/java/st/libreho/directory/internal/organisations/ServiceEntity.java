package st.libreho.directory.internal.organisations;

import java.util.ArrayList;
import java.util.List;

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
import st.libreho.directory.PriceModel;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;

@Entity
@Table(name = "service", schema = "directory")
public class ServiceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceCategory category;
    public String url;
    @Column(name = "software_name")
    public String softwareName;
    @Column(name = "software_licence")
    public String softwareLicence;
    @Column(name = "software_source_url")
    public String softwareSourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Registration registration;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_model", nullable = false)
    public PriceModel priceModel;

    @Column(name = "encryption_in_transit")
    public boolean encryptionInTransit;
    @Column(name = "end_to_end_encryption")
    public boolean endToEndEncryption;
    @Column(name = "data_export")
    public boolean dataExport;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(8)[]")
    public List<String> languages = new ArrayList<>();

    @Column(name = "registry_configuration")
    public String registryConfiguration;

    @Version
    public long version;

    void apply(ServiceDetails details) {
        name = details.name();
        category = details.category();
        url = details.url();
        softwareName = details.softwareName();
        softwareLicence = details.softwareLicence();
        softwareSourceUrl = details.softwareSourceUrl();
        registration = details.registration();
        priceModel = details.priceModel();
        encryptionInTransit = details.encryptionInTransit();
        endToEndEncryption = details.endToEndEncryption();
        dataExport = details.dataExport();
        languages = new ArrayList<>(details.languages());
        registryConfiguration = details.registryConfiguration();
    }

    ServiceView view() {
        return new ServiceView(id, organisationId, new ServiceDetails(name, category, url, softwareName,
                softwareLicence, softwareSourceUrl, registration, priceModel, encryptionInTransit, endToEndEncryption,
                dataExport, languages, registryConfiguration), version);
    }
}
