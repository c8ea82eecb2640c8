package st.libreho.directory.internal.observations;

import java.util.List;
import java.util.Map;
import java.util.Set;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;

/**
 * What to check for one organisation: the addresses it declared, and the classes it opted out of (which are not
 * visited at all). A null or blank address is not checked.
 *
 * @param policyUrls by {@link CheckKind#TERMS_OF_SERVICE}, {@link CheckKind#ACCOUNT_POLICY},
 *        {@link CheckKind#PRIVACY_POLICY} and {@link CheckKind#ECONOMIC_MODEL}
 */
public record CheckPlan(long organisationId, String homeUrl, String servicesPageUrl, Map<CheckKind, String> policyUrls,
        List<ServiceTarget> services, Set<CheckClass> optedOut) {

    public CheckPlan {
        policyUrls = Map.copyOf(policyUrls);
        services = List.copyOf(services);
        optedOut = Set.copyOf(optedOut);
    }
}
