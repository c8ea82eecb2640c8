package st.libreho.directory.internal.observations;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.FetchFailure;
import st.libreho.directory.internal.interop.GuardedHttp;

/**
 * The checks of a web address: the home and services pages (HTTPS, certificate, plain HTTP redirected, HSTS,
 * status), the policy pages (the same TLS checks, then a document of their own) and the services (HTTPS with a valid
 * certificate, answering).
 */
final class PageCheck {

    /** How much of a page is read: enough for the checks; a larger page is cut there, not refused. */
    static final int PAGE_BYTES = 64 * 1024;

    private static final String ACCEPT_PAGE = "text/html, application/xhtml+xml, application/pdf;q=0.9, */*;q=0.1";
    private static final Set<String> DOCUMENT_TYPES = Set.of("text/html", "application/xhtml+xml",
            "application/pdf");

    private final SiteVisit visit;

    PageCheck(SiteVisit visit) {
        this.visit = visit;
    }

    Sighting check(PlannedCheck check) {
        Sighting observation = new Sighting(check);
        URI asked;
        try {
            asked = GuardedHttp.parse(check.subject());
        } catch (FetchFailure e) {
            return observation.found(Finding.UNREACHABLE, e.getMessage());
        }
        boolean https = asked.getScheme().equalsIgnoreCase("https");
        if (!https) {
            observation.found(Finding.NOT_HTTPS, "the address is plain http://, not https://");
        } else if (visit.certificateFails(asked, observation)) {
            return observation; // the HTTP client would refuse it too, and its content is not to be trusted
        }
        GuardedHttp.Answer answer;
        try {
            answer = visit.http.get(check.subject(), ACCEPT_PAGE, GuardedHttp.BodyLimit.truncateAt(PAGE_BYTES), true);
        } catch (FetchFailure e) {
            visit.fetchFailed(e, observation);
            return observation;
        }
        SiteVisit.recordAnswer(answer, asked, observation);
        boolean endsOverHttps = answer.uri().getScheme().equalsIgnoreCase("https");
        if (https && !endsOverHttps) {
            observation.found(Finding.NOT_HTTPS, "it redirects to plain http: " + answer.uri());
        }
        switch (check.kind()) {
            case HOME_PAGE, SERVICES_PAGE -> page(answer, asked, endsOverHttps, observation);
            case SERVICE -> service(answer, observation);
            default -> policyPage(answer, asked, observation);
        }
        return observation;
    }

    private void page(GuardedHttp.Answer answer, URI asked, boolean endsOverHttps, Sighting observation) {
        status(answer, observation, false);
        if (endsOverHttps) {
            observation.hsts = hasHsts(answer);
            if (!observation.hsts) {
                observation.found(Finding.NO_HSTS, "the HTTPS answer has no Strict-Transport-Security header");
            }
        }
        observation.redirectsToHttps = plainHttpRedirectsToHttps(asked);
        if (!observation.redirectsToHttps) {
            observation.found(Finding.NO_HTTPS_REDIRECT, "plain HTTP on " + asked.getHost()
                    + " does not redirect to HTTPS");
        }
    }

    private static void service(GuardedHttp.Answer answer, Sighting observation) {
        // a service's front address may well answer 401, 403 or a redirect to a login: only a server error says it
        // is not working
        if (answer.statusCode() >= 500) {
            observation.found(Finding.HTTP_ERROR, "the service answered HTTP " + answer.statusCode());
        }
    }

    private static void policyPage(GuardedHttp.Answer answer, URI asked, Sighting observation) {
        if (!answer.uri().equals(asked) && sameHomePage(answer.uri(), observation.check.homeUrl())) {
            observation.found(Finding.REDIRECTS_TO_HOME, "it redirects to the home page " + answer.uri());
            return;
        }
        if (!status(answer, observation, true)) {
            return;
        }
        String type = observation.contentType;
        if (type == null || !DOCUMENT_TYPES.contains(type)) {
            observation.found(Finding.NOT_A_DOCUMENT, "it is " + (type == null ? "of no stated type" : type)
                    + ", not an HTML or PDF document");
            return;
        }
        if (!type.equals("application/pdf") && ParkedDomains.looksParked(answer.body())) {
            observation.found(Finding.PARKED_DOMAIN, "the page reads like a parked domain or a domain for sale");
        }
    }

    /** Whether the status is fine (2xx, or exactly 200 for a policy page); else records the finding. */
    private static boolean status(GuardedHttp.Answer answer, Sighting observation, boolean only200) {
        int status = answer.statusCode();
        if (status == 404 || status == 410) {
            observation.found(Finding.NOT_FOUND, "it was not found (HTTP " + status + ")");
            return false;
        }
        if (only200 ? status != 200 : status < 200 || status > 299) {
            observation.found(Finding.HTTP_ERROR, "the server answered HTTP " + status);
            return false;
        }
        return true;
    }

    /** A Strict-Transport-Security header that does not switch HSTS off (max-age=0). */
    private static boolean hasHsts(GuardedHttp.Answer answer) {
        return answer.headers().firstValue("strict-transport-security")
                .map(value -> !value.toLowerCase(Locale.ROOT).replace(" ", "").matches("(.*;)?max-age=\"?0\"?(;.*)?"))
                .orElse(false);
    }

    /**
     * Whether plain HTTP on the same host ({@link CheckerSettings#plainHttpPort()}, same path) leads to HTTPS, in one
     * or more redirects. A host that does not answer plain HTTP at all does not redirect either.
     */
    private boolean plainHttpRedirectsToHttps(URI asked) {
        int port = visit.settings.plainHttpPort();
        String plain = "http://" + asked.getHost()
                + (port == 80 ? "" : ":" + port)
                + (asked.getRawPath() == null || asked.getRawPath().isEmpty() ? "/" : asked.getRawPath())
                + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        try {
            GuardedHttp.Answer answer = visit.http.get(plain, ACCEPT_PAGE, GuardedHttp.BodyLimit.truncateAt(1024),
                    true);
            return answer.uri().getScheme().equalsIgnoreCase("https");
        } catch (FetchFailure e) {
            // it did lead to HTTPS when the HTTPS end is what failed
            return e.where().startsWith("https:") && e.kind() != FetchFailure.Kind.TOO_MANY_REDIRECTS;
        }
    }

    /**
     * Whether an address is the home page: same host (a leading "www." aside), same path ("" and "/" alike, a final
     * "/" aside), same query, whatever the scheme (http and https of a site are one home page).
     */
    static boolean sameHomePage(URI address, String homeUrl) {
        if (homeUrl == null || homeUrl.isBlank()) {
            return false;
        }
        try {
            return normalised(address).equals(normalised(GuardedHttp.parse(homeUrl)));
        } catch (FetchFailure e) {
            return false;
        }
    }

    private static String normalised(URI address) {
        String host = address.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        int port = address.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = address.getRawPath() == null ? "" : address.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + (defaultPort ? "" : ":" + port) + path
                + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
    }
}
