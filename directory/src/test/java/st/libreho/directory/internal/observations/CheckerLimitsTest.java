package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.internal.observations.LocalSites.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;

/** What the checker never does: fetch what was opted out, fetch from private addresses, crowd a host or the network. */
@Timeout(30)
class CheckerLimitsTest {

    private static final List<CheckKind> POLICIES = List.of(CheckKind.TERMS_OF_SERVICE, CheckKind.ACCOUNT_POLICY,
            CheckKind.PRIVACY_POLICY, CheckKind.ECONOMIC_MODEL);

    private final LocalSites sites = new LocalSites();

    @AfterEach
    void stop() {
        sites.close();
    }

    @Test
    void anOptedOutClassIsNotFetched() {
        sites.valid.page("/", 200, "text/html", "<h1>Welcome</h1>");
        sites.valid.page("/policy", 200, "text/html", "<h1>Policy</h1>");
        sites.valid.page("/.well-known/", 404, "text/html", "<h1>Not found</h1>");
        Map<CheckKind, String> policies = new EnumMap<>(CheckKind.class);
        POLICIES.forEach(kind -> policies.put(kind, sites.valid.url("/policy")));
        CheckPlan plan = new CheckPlan(1, sites.valid.url("/"), sites.valid.url("/"), policies, List.of(
                new ServiceTarget(3, sites.valid.url("/service"))), Set.of(CheckClass.POLICY_PAGES,
                        CheckClass.NODEINFO, CheckClass.SECURITY_TXT));

        List<CheckResult> results = new HttpEvidenceChecker(sites.settings()).check(List.of(plan));

        assertEquals(List.of(CheckKind.HOME_PAGE, CheckKind.SERVICES_PAGE, CheckKind.SERVICE), results.stream().map(
                CheckResult::kind).toList());
        assertEquals(0, sites.valid.hits("/policy"));
        assertEquals(0, sites.valid.hits("/.well-known/nodeinfo"));
        assertEquals(0, sites.valid.hits("/.well-known/security.txt"));
        assertEquals(3L, results.get(2).serviceId());
    }

    @Test
    void everythingOptedOutFetchesNothing() {
        CheckPlan plan = new CheckPlan(1, sites.valid.url("/"), sites.valid.url("/"), Map.of(CheckKind.PRIVACY_POLICY,
                sites.valid.url("/p")), List.of(new ServiceTarget(3, sites.valid.url("/"))), Set.of(CheckClass
                        .values()));

        assertEquals(List.of(), new HttpEvidenceChecker(sites.settings()).check(List.of(plan)));
        assertEquals(0, sites.valid.requests.get());
    }

    @Test
    void blankAddressesAreNotChecked() {
        CheckPlan plan = new CheckPlan(1, "", null, Map.of(CheckKind.PRIVACY_POLICY, "  "), List.of(new ServiceTarget(
                3, null)), Set.of());

        assertEquals(List.of(), new HttpEvidenceChecker(sites.settings()).check(List.of(plan)));
    }

    @Test
    void aPrivateAddressIsRefusedBeforeAnyRequest() {
        sites.valid.page("/", 200, "text/html", "<h1>Welcome</h1>");
        sites.valid.page("/.well-known/", 200, "text/plain", "Contact: mailto:a@example.org");

        List<CheckResult> results = new HttpEvidenceChecker(sites.settings(4, false)).check(List.of(plan(sites.valid
                .url("/"), null, Map.of(CheckKind.PRIVACY_POLICY, sites.plain.url("/privacy")), List.of(
                        new ServiceTarget(3, sites.valid.url("/"))), CheckClass.values())));

        assertEquals(5, results.size(), results.toString());
        for (CheckResult result : results) {
            assertTrue(result.findings().contains(Finding.PRIVATE_ADDRESS), result.toString());
            if (result.kind() != CheckKind.PRIVACY_POLICY) { // whose first finding is that it is plain http://
                assertTrue(result.facts().detail().contains("private or local address"), result.facts().detail());
            }
        }
        assertEquals(0, sites.valid.requests.get());
        assertEquals(0, sites.plain.requests.get());
    }

    @Test
    void neverTwoRequestsAtOnceToAHost_neverMoreThanMaxConnectionsInAll() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Map<String, AtomicInteger> inFlightByHost = new ConcurrentHashMap<>();
        AtomicInteger mostByHost = new AtomicInteger();
        List<CheckPlan> plans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            LocalSites.Site host = sites.plain("127.0.0." + (i + 2));
            host.on("/", exchange -> {
                String name = exchange.getLocalAddress().getAddress().getHostAddress();
                AtomicInteger atHost = inFlightByHost.computeIfAbsent(name, any -> new AtomicInteger());
                mostByHost.accumulateAndGet(atHost.incrementAndGet(), Math::max);
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                LocalSites.sleep(60);
                // counted out before answering, so the next request the answer lets go is not counted with this one
                inFlight.decrementAndGet();
                atHost.decrementAndGet();
                LocalSites.send(exchange, 200, "text/html", "<h1>Policy</h1>");
            });
            Map<CheckKind, String> policies = new EnumMap<>(CheckKind.class);
            POLICIES.forEach(kind -> policies.put(kind, host.url("/" + kind.name().toLowerCase())));
            // two organisations on each host: their checks still take turns
            plans.add(new CheckPlan(2L * i, null, null, policies, List.of(), Set.of(CheckClass.TLS,
                    CheckClass.SECURITY_TXT, CheckClass.NODEINFO)));
            plans.add(new CheckPlan(2L * i + 1, null, null, policies, List.of(), Set.of(CheckClass.TLS,
                    CheckClass.SECURITY_TXT, CheckClass.NODEINFO)));
        }

        // two calls at once, as the round and a delegation's check now: the limits hold over both
        HttpEvidenceChecker checker = new HttpEvidenceChecker(sites.settings(2, true));
        List<CheckPlan> even = new ArrayList<>();
        List<CheckPlan> odd = new ArrayList<>();
        plans.forEach(plan -> (plan.organisationId() % 2 == 0 ? even : odd).add(plan));
        CompletableFuture<List<CheckResult>> first = CompletableFuture.supplyAsync(() -> checker.check(even));
        List<CheckResult> second = checker.check(odd);
        List<CheckResult> firstResults = first.join();

        for (List<CheckResult> results : List.of(firstResults, second)) {
            assertEquals(24, results.size());
            for (int i = 0; i < results.size(); i++) {
                assertEquals(results.get(i / 4 * 4).organisationId(), results.get(i).organisationId(),
                        "results in the order of the plans");
                assertEquals(List.of(Finding.NOT_HTTPS), results.get(i).findings());
            }
        }
        assertEquals(1, mostByHost.get(), "one request at a time to a host, over both calls");
        assertEquals(2, mostInFlight.get(), "maxConnections at once over both calls, and no more");
    }
}
