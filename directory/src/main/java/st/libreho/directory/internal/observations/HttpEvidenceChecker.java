package st.libreho.directory.internal.observations;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.jboss.logging.Logger;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.GuardedHttp;

/**
 * Checks what organisations publish over HTTP and TLS (see {@link CheckKind}), under the directory's defensive rules
 * for addresses that come from outside ({@link GuardedHttp}: public addresses only unless allowed, each redirect
 * checked, at most {@value #MAX_REDIRECTS} of them and no loop, bodies limited, one deadline per fetch).
 * <p>
 * The checks are grouped by the host they talk to; each host's checks run one after the other as one task, and the
 * tasks run on {@link CheckerSettings#maxConnections()} threads: so never more fetches at once than that, and never
 * two at once to one host (a redirect or a NodeInfo link to another host is followed from its check's task). Every
 * fetch and handshake has its deadline, so {@link #check(List)} ends in bounded time; and nothing a site does makes
 * it throw: every check gives a result.
 * <p>
 * Limits: a page is read up to {@value PageCheck#PAGE_BYTES} bytes (a larger one is cut, not refused), a
 * security.txt up to {@value SecurityTxtCheck#MAX_BYTES} and a NodeInfo document up to
 * {@value NodeInfoCheck#MAX_BYTES} (larger ones fail). Thread-safe; {@link #check(List)} may be called from several
 * threads at once (the round and a delegation's check now): the limits hold over all calls of one instance.
 */
public final class HttpEvidenceChecker implements EvidenceChecker {

    public static final int MAX_REDIRECTS = 5;

    private static final Logger LOG = Logger.getLogger(HttpEvidenceChecker.class);
    private static final List<CheckKind> POLICY_KINDS = List.of(CheckKind.TERMS_OF_SERVICE, CheckKind.ACCOUNT_POLICY,
            CheckKind.PRIVACY_POLICY, CheckKind.ECONOMIC_MODEL);

    private final CheckerSettings settings;
    private final X509ExtendedTrustManager trust;
    private final GuardedHttp http;
    /** Visits in progress over all calls, at most {@code maxConnections}. */
    private final Semaphore connections;
    /** One visit at a time per host, over all calls; a lock per host name the platform has visited. */
    private final Map<String, ReentrantLock> hosts = new ConcurrentHashMap<>();

    public HttpEvidenceChecker(CheckerSettings settings) {
        this.settings = settings;
        this.trust = settings.trust() != null ? settings.trust() : defaultTrust();
        this.http = new GuardedHttp(settings.connectTimeout(), settings.requestTimeout(),
                settings.allowPrivateAddresses(), settings.userAgent(), MAX_REDIRECTS, sslContext(trust));
        this.connections = new Semaphore(settings.maxConnections(), true);
    }

    @Override
    public List<CheckResult> check(List<CheckPlan> plans) {
        List<PlannedCheck> planned = plan(plans);
        if (planned.isEmpty()) {
            return List.of();
        }
        Map<String, List<PlannedCheck>> byHost = new LinkedHashMap<>();
        for (PlannedCheck check : planned) {
            byHost.computeIfAbsent(check.host(), any -> new ArrayList<>()).add(check);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.maxConnections(), byHost.size()),
                daemons("evidence-check"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemons("evidence-watchdog"));
        List<Ordered> results = new ArrayList<>();
        try {
            TlsProbe probe = new TlsProbe(http, trust, settings.connectTimeout(), settings.requestTimeout(),
                    settings.clock(), watchdog);
            List<Future<List<Ordered>>> visits = new ArrayList<>();
            for (Map.Entry<String, List<PlannedCheck>> host : byHost.entrySet()) {
                visits.add(pool.submit(() -> limited(host.getKey(),
                        () -> visit(host.getValue(), new SiteVisit(http, probe, settings)))));
            }
            for (Future<List<Ordered>> visit : visits) {
                results.addAll(visit.get());
            }
        } catch (InterruptedException e) {
            // the caller is stopping: what was observed so far is all there is
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // visit() catches what a check throws; this would be an Error, not to be hidden
            throw new IllegalStateException("an evidence check failed", e.getCause());
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
        return results.stream().sorted(Comparator.comparingInt(Ordered::order)).map(Ordered::result).toList();
    }

    /** Runs one host's visit when no other call visits that host and a connection is free. */
    private List<Ordered> limited(String host, java.util.concurrent.Callable<List<Ordered>> visit)
            throws Exception {
        ReentrantLock lock = hosts.computeIfAbsent(host, any -> new ReentrantLock());
        lock.lockInterruptibly();
        try {
            connections.acquire();
            try {
                return visit.call();
            } finally {
                connections.release();
            }
        } finally {
            lock.unlock();
        }
    }

    /** One host's checks, one after the other. */
    private static List<Ordered> visit(List<PlannedCheck> checks, SiteVisit visit) {
        List<Ordered> results = new ArrayList<>();
        for (PlannedCheck check : checks) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the call is stopping: the checks not made are not reported as anything
            }
            Sighting observation;
            try {
                observation = switch (check.kind()) {
                    case SECURITY_TXT -> new SecurityTxtCheck(visit).check(check);
                    case NODEINFO -> new NodeInfoCheck(visit).check(check);
                    default -> new PageCheck(visit).check(check);
                };
            } catch (RuntimeException e) {
                // a bug of ours, not the site's doing: logged without the body or headers, and said plainly
                LOG.errorf(e, "The %s check of organisation %d at %s failed unexpectedly", check.kind(),
                        check.organisationId(), check.subject());
                observation = new Sighting(check).found(Finding.CHECK_INCOMPLETE,
                        "the check could not be completed (an error of the platform: " + e.getClass().getSimpleName()
                                + ")");
            }
            results.add(new Ordered(check.order(), observation.result(visit.now())));
        }
        return results;
    }

    /** A result and its place among all results, as hosts finish in any order. */
    private record Ordered(int order, CheckResult result) {
    }

    /** Every check the plans ask for, in the order of the results. */
    private static List<PlannedCheck> plan(List<CheckPlan> plans) {
        List<PlannedCheck> planned = new ArrayList<>();
        for (CheckPlan plan : plans) {
            long id = plan.organisationId();
            String home = plan.homeUrl();
            if (!plan.optedOut().contains(CheckClass.TLS)) {
                add(planned, id, CheckKind.HOME_PAGE, home, null, home);
                add(planned, id, CheckKind.SERVICES_PAGE, plan.servicesPageUrl(), null, home);
            }
            if (!plan.optedOut().contains(CheckClass.POLICY_PAGES)) {
                for (CheckKind kind : POLICY_KINDS) {
                    add(planned, id, kind, plan.policyUrls().get(kind), null, home);
                }
            }
            if (!plan.optedOut().contains(CheckClass.TLS)) {
                for (ServiceTarget service : plan.services()) {
                    add(planned, id, CheckKind.SERVICE, service.url(), service.serviceId(), home);
                }
            }
            if (!plan.optedOut().contains(CheckClass.SECURITY_TXT) && !blank(home)) {
                String securityTxt = SecurityTxtCheck.address(home);
                add(planned, id, CheckKind.SECURITY_TXT, securityTxt != null ? securityTxt : home, null, home);
            }
            if (!plan.optedOut().contains(CheckClass.NODEINFO)) {
                for (ServiceTarget service : plan.services()) {
                    add(planned, id, CheckKind.NODEINFO, service.url(), service.serviceId(), home);
                }
            }
        }
        return planned;
    }

    private static void add(List<PlannedCheck> planned, long organisationId, CheckKind kind, String address,
            Long serviceId, String home) {
        if (!blank(address)) {
            planned.add(new PlannedCheck(planned.size(), organisationId, kind, address.strip(), serviceId, home));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static X509ExtendedTrustManager defaultTrust() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK has no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's default trust cannot be had", e);
        }
    }

    private static SSLContext sslContext(X509ExtendedTrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trust }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS context", e);
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
