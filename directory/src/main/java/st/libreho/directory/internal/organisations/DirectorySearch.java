package st.libreho.directory.internal.organisations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import st.libreho.directory.DirectoryFacets;
import st.libreho.directory.DirectoryQuery;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationSummary;
import st.libreho.directory.Registration;
import st.libreho.directory.ServiceCategory;
import st.libreho.directory.ServiceListing;
import st.libreho.platform.Page;

/**
 * The public lists: organisations and services, searched and filtered. Each page costs a fixed number of
 * statements whatever its size (the page, its total, and the services of the organisations on it), never one per
 * row.
 */
@ApplicationScoped
public class DirectorySearch {

    /** The public directory lists the network's members, including those on their way out. */
    static final List<OrganisationStatus> LISTED = List.of(OrganisationStatus.MEMBER, OrganisationStatus.LEAVING);

    private final EntityManager entityManager;

    public DirectorySearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<OrganisationSummary> organisations(DirectoryQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = organisationFilter(query, parameters);
        TypedQuery<OrganisationEntity> page = entityManager.createQuery(
                "select o from OrganisationEntity o where " + where + " order by lower(o.name), o.id",
                OrganisationEntity.class);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(o) from OrganisationEntity o where " + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<OrganisationEntity> organisations = page.setFirstResult((query.page() - 1) * query.size())
                .setMaxResults(query.size()).getResultList();
        long total = organisations.isEmpty() && query.page() == 1 ? 0 : count.getSingleResult();
        return new Page<>(summaries(organisations), query.page(), query.size(), total);
    }

    /** The languages and countries of the listed organisations, with how many organisations each: two statements. */
    public DirectoryFacets facets() {
        List<String> listed = LISTED.stream().map(Enum::name).toList();
        return new DirectoryFacets(counts(entityManager.createNativeQuery(
                "select language, count(*) from directory.organisation, unnest(languages) as language"
                        + " where status in (:listed) group by language")
                .setParameter("listed", listed).getResultList()),
                counts(entityManager.createNativeQuery("select country, count(*) from directory.organisation"
                        + " where status in (:listed) and country is not null group by country")
                        .setParameter("listed", listed).getResultList()));
    }

    private static Map<String, Long> counts(List<?> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    public Page<ServiceListing> services(DirectoryQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("o.id = s.organisationId and o.status in :listed");
        parameters.put("listed", LISTED);
        serviceConditions(query, conditions, parameters, "s");
        if (query.text() != null) {
            conditions.add("(lower(s.name) like :text or lower(coalesce(s.softwareName, '')) like :text"
                    + " or lower(o.name) like :text)");
            parameters.put("text", like(query.text()));
        }
        if (query.language() != null) {
            conditions.add("(array_contains(s.languages, :language)"
                    + " or (array_length(s.languages) = 0 and array_contains(o.languages, :language)))");
            parameters.put("language", query.language());
        }
        if (query.country() != null) {
            conditions.add("o.country = :country");
            parameters.put("country", query.country());
        }
        String where = String.join(" and ", conditions);
        TypedQuery<Object[]> page = entityManager.createQuery("select s, o.slug, o.name, o.country"
                + " from ServiceEntity s, OrganisationEntity o where " + where
                + " order by s.category, lower(o.name), lower(s.name), s.id", Object[].class);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(s) from ServiceEntity s, OrganisationEntity o where " + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ServiceListing> listings = page.setFirstResult((query.page() - 1) * query.size())
                .setMaxResults(query.size()).getResultList().stream()
                .map(row -> new ServiceListing(((ServiceEntity) row[0]).view(), (String) row[1], (String) row[2],
                        (String) row[3]))
                .toList();
        long total = listings.isEmpty() && query.page() == 1 ? 0 : count.getSingleResult();
        return new Page<>(listings, query.page(), query.size(), total);
    }

    private static String organisationFilter(DirectoryQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("o.status in :listed");
        parameters.put("listed", LISTED);
        if (query.text() != null) {
            conditions.add("(o.searchText like :text or exists (select 1 from ServiceEntity t"
                    + " where t.organisationId = o.id and (lower(t.name) like :text"
                    + " or lower(coalesce(t.softwareName, '')) like :text)))");
            parameters.put("text", like(query.text()));
        }
        if (query.language() != null) {
            conditions.add("array_contains(o.languages, :language)");
            parameters.put("language", query.language());
        }
        if (query.country() != null) {
            conditions.add("o.country = :country");
            parameters.put("country", query.country());
        }
        List<String> serviceConditions = new ArrayList<>();
        serviceConditions(query, serviceConditions, parameters, "s");
        if (!serviceConditions.isEmpty()) {
            conditions.add("exists (select 1 from ServiceEntity s where s.organisationId = o.id and "
                    + String.join(" and ", serviceConditions) + ")");
        }
        return String.join(" and ", conditions);
    }

    private static void serviceConditions(DirectoryQuery query, List<String> conditions,
            Map<String, Object> parameters, String alias) {
        if (query.category() != null) {
            conditions.add(alias + ".category = :category");
            parameters.put("category", query.category());
        }
        if (query.openRegistration()) {
            conditions.add(alias + ".registration = :open");
            parameters.put("open", Registration.OPEN);
        }
        if (query.priceModel() != null) {
            conditions.add(alias + ".priceModel = :price");
            parameters.put("price", query.priceModel());
        }
    }

    /** One statement for the services of the whole page, grouped back by organisation. */
    private List<OrganisationSummary> summaries(List<OrganisationEntity> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<ServiceCategory>> categories = new LinkedHashMap<>();
        Map<Long, Boolean> open = new HashMap<>();
        entityManager.createQuery("select s.organisationId, s.category, s.registration from ServiceEntity s"
                + " where s.organisationId in :ids order by s.category", Object[].class)
                .setParameter("ids", organisations.stream().map(o -> o.id).toList())
                .getResultList().forEach(row -> {
                    long id = (Long) row[0];
                    categories.computeIfAbsent(id, key -> new LinkedHashSet<>()).add((ServiceCategory) row[1]);
                    if (row[2] == Registration.OPEN) {
                        open.put(id, true);
                    }
                });
        return organisations.stream().map(o -> new OrganisationSummary(o.slug, o.name, o.tagline, o.languages,
                o.country, o.legalStructure, o.status, List.copyOf(categories.getOrDefault(o.id, Set.of())),
                open.getOrDefault(o.id, false))).toList();
    }

    private static String like(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
