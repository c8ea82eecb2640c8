package st.libreho.directory.internal.observations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.internal.organisations.OrganisationEntity;
import st.libreho.directory.internal.organisations.ServiceEntity;

/** What to check of each organisation, read from its entry and services in three statements for any number. */
@ApplicationScoped
public class CheckPlans {

    private final Observations observations;

    public CheckPlans(Observations observations) {
        this.observations = observations;
    }

    /** The ids of the organisations a round checks, in a stable order. */
    public List<Long> checkedOrganisations() {
        return OrganisationEntity.find("select o.id from OrganisationEntity o where o.status in ?1 order by o.id",
                Observations.CHECKED_STATUSES.stream().map(st.libreho.directory.OrganisationStatus::valueOf)
                        .toList())
                .project(Long.class).list();
    }

    /** The plans of these organisations. */
    public List<CheckPlan> of(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        List<OrganisationEntity> organisations = OrganisationEntity.list("id in ?1 order by id", organisationIds);
        Map<Long, List<ServiceTarget>> services = new HashMap<>();
        for (ServiceEntity service : ServiceEntity.<ServiceEntity> list(
                "organisationId in ?1 and url is not null order by id", organisationIds)) {
            services.computeIfAbsent(service.organisationId, id -> new ArrayList<>())
                    .add(new ServiceTarget(service.id, service.url));
        }
        Map<Long, Set<CheckClass>> optOuts = observations.optOuts(organisationIds);
        List<CheckPlan> plans = new ArrayList<>();
        for (OrganisationEntity organisation : organisations) {
            plans.add(new CheckPlan(organisation.id, organisation.homeUrl, organisation.servicesPageUrl,
                    policies(organisation), services.getOrDefault(organisation.id, List.of()),
                    optOuts.getOrDefault(organisation.id, Set.of())));
        }
        return plans;
    }

    private static Map<CheckKind, String> policies(OrganisationEntity organisation) {
        Map<CheckKind, String> policies = new EnumMap<>(CheckKind.class);
        put(policies, CheckKind.TERMS_OF_SERVICE, organisation.termsOfServiceUrl);
        put(policies, CheckKind.ACCOUNT_POLICY, organisation.accountPolicyUrl);
        put(policies, CheckKind.PRIVACY_POLICY, organisation.privacyPolicyUrl);
        put(policies, CheckKind.ECONOMIC_MODEL, organisation.economicModelUrl);
        return policies;
    }

    private static void put(Map<CheckKind, String> policies, CheckKind kind, String url) {
        if (url != null && !url.isBlank()) {
            policies.put(kind, url.strip());
        }
    }
}
