package st.libreho.directory.internal.organisations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.directory.ContactView;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementView;

/** The whole public directory at once, in four statements whatever its size: one per table. */
@ApplicationScoped
public class Exports {

    public List<OrganisationProfile> listedProfiles() {
        List<OrganisationEntity> organisations = OrganisationEntity.<OrganisationEntity> list(
                "status in ?1 order by lower(name), id", DirectorySearch.LISTED);
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = organisations.stream().map(o -> o.id).toList();
        Map<Long, List<ServiceView>> services = ServiceEntity.<ServiceEntity> list(
                "organisationId in ?1 order by name, id", ids).stream()
                .map(ServiceEntity::view).collect(Collectors.groupingBy(ServiceView::organisationId));
        Map<Long, List<ContactEntity>> contacts = ContactEntity.<ContactEntity> list("organisationId in ?1", ids)
                .stream().collect(Collectors.groupingBy(c -> c.organisationId));
        Map<Long, List<StatementEntity>> statements = StatementEntity.<StatementEntity> list(
                "organisationId in ?1", ids).stream().collect(Collectors.groupingBy(s -> s.organisationId));
        return organisations.stream().map(o -> new OrganisationProfile(o.view(),
                services.getOrDefault(o.id, List.of()),
                contacts.getOrDefault(o.id, List.of()).stream().map(ContactEntity::view)
                        .sorted(Comparator.comparing(ContactView::kind)).toList(),
                statements.getOrDefault(o.id, List.of()).stream().map(StatementEntity::view)
                        .filter(Objects::nonNull).sorted(Comparator.comparing(StatementView::commitment)).toList()))
                .toList();
    }
}
