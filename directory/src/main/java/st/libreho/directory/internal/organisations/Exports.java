package st.libreho.directory.internal.organisations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import st.libreho.directory.ContactView;
import st.libreho.directory.ListedMember;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.ServiceReference;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementView;

/** The whole public directory at once, in four statements whatever its size: one per table. */
@ApplicationScoped
public class Exports {

    private static final String READ_ONLY = HibernateHints.HINT_READ_ONLY;

    /** The listed organisations' services whose registry reference names {@code owner/slug}, by organisation. */
    public List<ServiceReference> servicesRunning(String owner, String slug) {
        String configuration = owner + "/" + slug;
        return ServiceEntity.getEntityManager().createQuery("select o.slug, o.name, s.id, s.name,"
                + " s.registryConfiguration from ServiceEntity s, OrganisationEntity o where o.id = s.organisationId"
                + " and o.status in :listed and (s.registryConfiguration = :configuration"
                + " or s.registryConfiguration like :versions escape '\\') order by lower(o.name), s.id",
                Object[].class).setParameter("listed", DirectorySearch.LISTED)
                .setParameter("configuration", configuration)
                .setParameter("versions", configuration.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "@%")
                .setMaxResults(200).getResultList().stream()
                .map(row -> new ServiceReference((String) row[0], (String) row[1], (Long) row[2], (String) row[3],
                        (String) row[4]))
                .toList();
    }

    /** The listed members' slugs, in the directory's order: what the directory index needs, and nothing more. */
    public List<String> listedSlugs() {
        return OrganisationEntity.getEntityManager().createQuery("select o.slug from OrganisationEntity o"
                + " where o.status in :listed order by lower(o.name), o.id", String.class)
                .setParameter("listed", DirectorySearch.LISTED).getResultList();
    }

    /** How many members are listed: one count, for the platform's NodeInfo. */
    public long listedCount() {
        return OrganisationEntity.getEntityManager()
                .createQuery("select count(o) from OrganisationEntity o where o.status in :listed", Long.class)
                .setParameter("listed", DirectorySearch.LISTED).getSingleResult();
    }

    /**
     * The listed members' slugs, names and home addresses, in the directory's order: one statement of three columns,
     * for the network's own librehost.json (whole entries are far heavier, and it names nothing else).
     */
    public List<ListedMember> listedMembers() {
        return OrganisationEntity.getEntityManager().createQuery("select o.slug, o.name, o.homeUrl"
                + " from OrganisationEntity o where o.status in :listed order by lower(o.name), o.id", Object[].class)
                .setParameter("listed", DirectorySearch.LISTED).getResultList().stream()
                .map(row -> new ListedMember((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /**
     * Every listed member with its services, contacts and statements, in four statements. Read-only: the entities
     * are not watched for changes, so that the whole directory's rows are held once in memory, not twice.
     */
    public List<OrganisationProfile> listedProfiles() {
        List<OrganisationEntity> organisations = OrganisationEntity.<OrganisationEntity> find(
                "status in ?1 order by lower(name), id", DirectorySearch.LISTED).withHint(READ_ONLY, true).list();
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = organisations.stream().map(o -> o.id).toList();
        Map<Long, List<ServiceView>> services = ServiceEntity.<ServiceEntity> find(
                "organisationId in ?1 order by name, id", ids).withHint(READ_ONLY, true).stream()
                .map(ServiceEntity::view).collect(Collectors.groupingBy(ServiceView::organisationId));
        Map<Long, List<ContactEntity>> contacts = ContactEntity.<ContactEntity> find("organisationId in ?1", ids)
                .withHint(READ_ONLY, true).stream().collect(Collectors.groupingBy(c -> c.organisationId));
        Map<Long, List<StatementEntity>> statements = StatementEntity.<StatementEntity> find(
                "organisationId in ?1", ids).withHint(READ_ONLY, true).stream()
                .collect(Collectors.groupingBy(s -> s.organisationId));
        return organisations.stream().map(o -> new OrganisationProfile(o.view(),
                services.getOrDefault(o.id, List.of()),
                contacts.getOrDefault(o.id, List.of()).stream().map(ContactEntity::view)
                        .sorted(Comparator.comparing(ContactView::kind)).toList(),
                statements.getOrDefault(o.id, List.of()).stream().map(StatementEntity::view)
                        .filter(Objects::nonNull).sorted(Comparator.comparing(StatementView::commitment)).toList()))
                .toList();
    }
}
