package st.libreho.directory.internal.organisations;

import java.time.Instant;
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
import st.libreho.directory.LegalStructure;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationView;

@Entity
@Table(name = "organisation", schema = "directory")
public class OrganisationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;
    public String tagline;
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_structure")
    public LegalStructure legalStructure;

    @Column(name = "founding_year")
    public Integer foundingYear;
    public String country;
    public String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(8)[]")
    public List<String> languages = new ArrayList<>();

    @Column(name = "logo_url")
    public String logoUrl;
    @Column(name = "home_url")
    public String homeUrl;
    @Column(name = "services_page_url")
    public String servicesPageUrl;
    @Column(name = "terms_url")
    public String termsOfServiceUrl;
    @Column(name = "account_policy_url")
    public String accountPolicyUrl;
    @Column(name = "privacy_policy_url")
    public String privacyPolicyUrl;
    @Column(name = "economic_model_url")
    public String economicModelUrl;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_url")
    public String contactUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Lower-cased name, tagline and description, kept by the database for free-text search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public static OrganisationEntity bySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, tagline, description, legalStructure, foundingYear, country, region,
                languages, logoUrl, homeUrl, servicesPageUrl, termsOfServiceUrl, accountPolicyUrl, privacyPolicyUrl,
                economicModelUrl, contactEmail, contactUrl);
    }

    void apply(OrganisationDetails details) {
        name = details.name();
        tagline = details.tagline();
        description = details.description();
        legalStructure = details.legalStructure();
        foundingYear = details.foundingYear();
        country = details.country();
        region = details.region();
        languages = new ArrayList<>(details.languages());
        logoUrl = details.logoUrl();
        homeUrl = details.homeUrl();
        servicesPageUrl = details.servicesPageUrl();
        termsOfServiceUrl = details.termsOfServiceUrl();
        accountPolicyUrl = details.accountPolicyUrl();
        privacyPolicyUrl = details.privacyPolicyUrl();
        economicModelUrl = details.economicModelUrl();
        contactEmail = details.contactEmail();
        contactUrl = details.contactUrl();
    }

    OrganisationView view() {
        return new OrganisationView(id, slug, status, details(), version, createdAt, updatedAt);
    }
}
