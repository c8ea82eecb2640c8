package st.libreho.directory.internal.observations;

import java.net.URI;
import java.util.Optional;

import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.FetchFailure;
import st.libreho.directory.internal.interop.GuardedHttp;

/**
 * What a service says of itself through NodeInfo, following its protocol: discovery at
 * {@code /.well-known/nodeinfo} over HTTPS first (plain HTTP when HTTPS cannot be had), asked with
 * {@code Accept: application/json}, redirects followed; the link to the highest schema version supported; 404 or 400
 * means the host does not offer NodeInfo; a server error is asked again once after a pause.
 */
final class NodeInfoCheck {

    /** A NodeInfo document is small; one over this is refused. */
    static final int MAX_BYTES = 256 * 1024;

    private static final String ACCEPT = "application/json";

    private final SiteVisit visit;

    NodeInfoCheck(SiteVisit visit) {
        this.visit = visit;
    }

    Sighting check(PlannedCheck check) {
        Sighting observation = new Sighting(check);
        URI service;
        try {
            service = GuardedHttp.parse(check.subject());
        } catch (FetchFailure e) {
            return observation.found(Finding.UNREACHABLE, e.getMessage());
        }
        String discovery = SiteVisit.wellKnown(service, "nodeinfo");
        GuardedHttp.Answer links;
        try {
            links = fetch(discovery, observation);
        } catch (FetchFailure overHttps) {
            links = overPlainHttp(service.getHost(), overHttps, observation);
        }
        if (links == null || !usable(links, "its discovery document", true, observation)) {
            return observation;
        }
        Optional<NodeInfoLink> link;
        try {
            link = NodeInfoDiscovery.bestLink(links.body());
        } catch (NodeInfoException e) {
            return observation.found(Finding.NODEINFO_INVALID, e.getMessage());
        }
        if (link.isEmpty()) {
            return observation.found(Finding.NODEINFO_ABSENT,
                    "its discovery document links to no NodeInfo schema version the platform reads");
        }
        GuardedHttp.Answer document;
        String href;
        try {
            href = links.uri().resolve(link.get().href().strip()).toString();
            document = fetch(href, observation);
        } catch (IllegalArgumentException e) {
            return observation.found(Finding.NODEINFO_INVALID, "its discovery document links to \""
                    + link.get().href() + "\", which is not a URL");
        } catch (FetchFailure e) {
            return failed(e, observation);
        }
        if (document == null || !usable(document, "its document at " + href, false, observation)) {
            return observation;
        }
        observation.finalUrl = document.uri().toString();
        try {
            observation.nodeInfo = NodeInfoDocument.parse(document.body());
        } catch (NodeInfoException e) {
            observation.found(Finding.NODEINFO_INVALID, e.getMessage());
        }
        return observation;
    }

    /** The answer, asked again once after a pause when it is a server error; null when it still is (recorded). */
    private GuardedHttp.Answer fetch(String url, Sighting observation) throws FetchFailure {
        GuardedHttp.Answer answer = visit.http.get(url, ACCEPT, GuardedHttp.BodyLimit.failBeyond(MAX_BYTES), true);
        if (answer.statusCode() >= 500 && visit.pause(visit.settings.retryPause())) {
            answer = visit.http.get(url, ACCEPT, GuardedHttp.BodyLimit.failBeyond(MAX_BYTES), true);
        }
        observation.httpStatus = answer.statusCode();
        observation.contentType = SiteVisit.mediaType(answer);
        if (answer.statusCode() >= 500) {
            observation.found(Finding.NODEINFO_SERVER_ERROR, "the server answered HTTP " + answer.statusCode()
                    + " at " + url + ", also when asked again");
            return null;
        }
        return answer;
    }

    /** Discovery over plain HTTP, when HTTPS could not be had at all; else the HTTPS failure is the observation. */
    private GuardedHttp.Answer overPlainHttp(String host, FetchFailure overHttps, Sighting observation) {
        if (overHttps.kind() != FetchFailure.Kind.UNREACHABLE && overHttps.kind() != FetchFailure.Kind.TLS) {
            failed(overHttps, observation);
            return null;
        }
        int port = visit.settings.plainHttpPort();
        String plain = "http://" + host + (port == 80 ? "" : ":" + port) + "/.well-known/nodeinfo";
        try {
            return fetch(plain, observation);
        } catch (FetchFailure e) {
            failed(overHttps, observation);
            return null;
        }
    }

    /** Whether the answer is one to read; else records why not. */
    private static boolean usable(GuardedHttp.Answer answer, String what, boolean discovery,
            Sighting observation) {
        int status = answer.statusCode();
        if (status == 404 || status == 400 || status == 410) {
            observation.found(discovery ? Finding.NODEINFO_ABSENT : Finding.NODEINFO_INVALID, what
                    + " was not found (HTTP " + status + ")");
            return false;
        }
        if (status < 200 || status > 299) {
            observation.found(discovery ? Finding.NODEINFO_ABSENT : Finding.NODEINFO_INVALID, what
                    + " could not be had (HTTP " + status + ")");
            return false;
        }
        String type = answer.headers().firstValue("content-type").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (discovery && (type.startsWith("text/html") || type.startsWith("application/xhtml"))) {
            // many services answer every path with their web application or a login page: no NodeInfo there
            observation.found(Finding.NODEINFO_ABSENT, what + " is a web page, so the service offers no NodeInfo");
            return false;
        }
        return true;
    }

    private Sighting failed(FetchFailure failure, Sighting observation) {
        if (failure.kind() == FetchFailure.Kind.TOO_LARGE) {
            return observation.found(Finding.NODEINFO_INVALID, "it is larger than " + MAX_BYTES / 1024 + " KiB (at "
                    + failure.where() + ")");
        }
        visit.fetchFailed(failure, observation);
        return observation;
    }
}
