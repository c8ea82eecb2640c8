package st.libreho.directory.internal.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;
import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.ObservedFacts;
import st.libreho.directory.internal.observations.CheckPlan;
import st.libreho.directory.internal.observations.CheckPlans;
import st.libreho.directory.internal.observations.CheckResult;
import st.libreho.directory.internal.observations.ObservationEntity;
import st.libreho.directory.internal.observations.Observations;
import st.libreho.directory.internal.observations.ServiceTarget;

/**
 * Observations for dev mode's demo members, since the demo's real addresses cannot be visited offline and dev mode does
 * not run the round: most checks pass, NixNet's mail certificate has expired, Snopyta's privacy policy answers 404 and
 * it has no security.txt, and the services say something through NodeInfo. Only written when none exist.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoObservations {

    private final CheckPlans plans;
    private final Observations observations;

    public DemoObservations(CheckPlans plans, Observations observations) {
        this.plans = plans;
        this.observations = observations;
    }

    /** After the demo organisations (web's DemoData observes startup at the default priority). */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ObservationEntity.count() > 0) {
                return;
            }
            Instant now = Instant.now();
            for (CheckPlan plan : plans.of(plans.checkedOrganisations())) {
                observations.record(plan.organisationId(), results(plan, now), now);
            }
        });
    }

    private static List<CheckResult> results(CheckPlan plan, Instant now) {
        String home = plan.homeUrl() == null ? "" : plan.homeUrl();
        boolean snopyta = home.contains("snopyta");
        boolean nixnet = home.contains("nixnet");
        Instant certificate = now.plus(Duration.ofDays(61));
        List<CheckResult> results = new ArrayList<>();
        if (plan.homeUrl() != null) {
            results.add(page(plan, CheckKind.HOME_PAGE, plan.homeUrl(), List.of(), certificate, now));
            results.add(securityTxt(plan, home, snopyta, now));
        }
        if (plan.servicesPageUrl() != null) {
            results.add(page(plan, CheckKind.SERVICES_PAGE, plan.servicesPageUrl(), List.of(), certificate, now));
        }
        for (Map.Entry<CheckKind, String> policy : plan.policyUrls().entrySet()) {
            boolean missing = snopyta && policy.getKey() == CheckKind.PRIVACY_POLICY;
            results.add(new CheckResult(plan.organisationId(), policy.getKey(), policy.getValue(), null,
                    missing ? List.of(Finding.NOT_FOUND) : List.of(),
                    new ObservedFacts(missing ? 404 : 200, null, "text/html", certificate, null, null, null, null,
                            null, null),
                    now));
        }
        for (ServiceTarget service : plan.services()) {
            boolean expired = nixnet && results.stream().noneMatch(result -> result.kind() == CheckKind.SERVICE);
            Instant notAfter = expired ? now.minus(Duration.ofDays(3)) : certificate;
            results.add(new CheckResult(plan.organisationId(), CheckKind.SERVICE, service.url(), service.serviceId(),
                    expired ? List.of(Finding.CERTIFICATE_EXPIRED) : List.of(),
                    new ObservedFacts(expired ? null : 200, null, null, notAfter, null, null, null, null, null,
                            expired ? "PKIX path validation failed: certificate expired" : null),
                    now));
            results.add(nodeInfo(plan, service, demoNodeInfo(home, plan.services().indexOf(service),
                    plan.services().size()), now));
        }
        return results;
    }

    private static CheckResult page(CheckPlan plan, CheckKind kind, String url, List<Finding> findings,
            Instant certificate, Instant now) {
        return new CheckResult(plan.organisationId(), kind, url, null, findings,
                new ObservedFacts(200, null, "text/html", certificate, true, true, null, null, null, null), now);
    }

    private static CheckResult securityTxt(CheckPlan plan, String home, boolean missing, Instant now) {
        String url = home.replaceAll("^(https?://[^/]+).*$", "$1") + "/.well-known/security.txt";
        return new CheckResult(plan.organisationId(), CheckKind.SECURITY_TXT, url, null,
                missing ? List.of(Finding.SECURITY_TXT_MISSING) : List.of(),
                missing ? new ObservedFacts(404, null, "text/html", null, null, null, null, null, null, null)
                        : new ObservedFacts(200, null, "text/plain", null, null, null, now.plus(Duration.ofDays(200)),
                                List.of("mailto:security@" + home.replaceAll("^https?://(www\\.)?([^/]+).*$", "$2")),
                                null, null),
                now);
    }

    /**
     * What the demo's services say through NodeInfo: Snopyta's Nextcloud (its last service) and Allmende's Discourse
     * (its first, declared open: NodeInfo says closed, so the page flags it); the others offer none.
     */
    private static NodeInfoFacts demoNodeInfo(String home, int index, int count) {
        if (home.contains("snopyta") && index == count - 1) {
            return new NodeInfoFacts("2.1", "nextcloud", "28.0.4", List.of(), true, 1200L, 310L, null);
        }
        if (home.contains("allmende") && index == 0) {
            return new NodeInfoFacts("2.0", "discourse", "3.2.0", List.of("activitypub"), false, 800L, 95L, null);
        }
        return null;
    }

    private static CheckResult nodeInfo(CheckPlan plan, ServiceTarget service, NodeInfoFacts facts, Instant now) {
        return new CheckResult(plan.organisationId(), CheckKind.NODEINFO, service.url(), service.serviceId(),
                facts == null ? List.of(Finding.NODEINFO_ABSENT) : List.of(),
                facts == null ? new ObservedFacts(404, null, null, null, null, null, null, null, null, null)
                        : new ObservedFacts(200, null, "application/json", null, null, null, null, null, facts, null),
                now);
    }
}
