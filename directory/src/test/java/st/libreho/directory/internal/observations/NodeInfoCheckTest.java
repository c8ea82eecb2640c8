package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.internal.observations.LocalSites.plan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;
import st.libreho.directory.NodeInfoFacts;

/** A service's NodeInfo, with the protocol's real samples, against a real local server. */
@Timeout(20)
class NodeInfoCheckTest {

    private static final String DISCOVERY = "/.well-known/nodeinfo";

    private final LocalSites sites = new LocalSites();

    @AfterEach
    void stop() {
        sites.close();
    }

    @Test
    void theSampleDiscoveryLeadsToTheDocument() {
        // the sample links to https://example.org/nodeinfo/2.0; here that host is the local server
        sites.valid.page(DISCOVERY, 200, "application/json", LocalSites.resource("well-known-nodeinfo.json")
                .replace("https://example.org", sites.valid.url("")));
        sites.valid.page("/nodeinfo/2.0", 200, "application/json; profile=\"http://nodeinfo.diaspora.software/ns/"
                + "schema/2.1#\"", LocalSites.resource("nodeinfo-2.1-example.json"));

        CheckResult result = check();

        assertEquals(CheckKind.NODEINFO, result.kind());
        assertEquals(7L, result.serviceId());
        assertEquals(sites.valid.url("/"), result.subject());
        assertEquals(List.of(), result.findings());
        NodeInfoFacts facts = result.facts().nodeInfo();
        assertEquals("diaspora", facts.softwareName());
        assertEquals("0.5.0", facts.softwareVersion());
        assertEquals(List.of("diaspora"), facts.protocols());
        assertEquals(123L, facts.usersTotal());
        assertEquals(23L, facts.usersActiveMonth());
        assertTrue(facts.openRegistrations());
        assertEquals("application/json", sites.valid.headers.get(0).getFirst("Accept"));
        assertEquals("application/json", sites.valid.headers.get(1).getFirst("Accept"));
    }

    @Test
    void theHighestVersionIsFollowed_andANonBmpNameComesThroughIntact() {
        sites.valid.page(DISCOVERY, 200, "application/json", """
                {"links": [
                  {"rel": "http://nodeinfo.diaspora.software/ns/schema/2.0", "href": "%s"},
                  {"rel": "http://nodeinfo.diaspora.software/ns/schema/2.2", "href": "%s"}
                ]}""".formatted(sites.valid.url("/nodeinfo/2.0"), sites.valid.url("/nodeinfo/2.2")));
        sites.valid.page("/nodeinfo/2.0", 200, "application/json", LocalSites.resource("nodeinfo-2.1-example.json"));
        sites.valid.page("/nodeinfo/2.2", 200, "application/json", LocalSites.resource("nodeinfo-2.2-example.json"));

        CheckResult result = check();

        assertEquals(List.of(), result.findings());
        assertEquals("2.2", result.facts().nodeInfo().schemaVersion());
        assertEquals("New FI\uD835\uDC53F", result.facts().nodeInfo().nodeName());
        assertEquals(0x1D453, result.facts().nodeInfo().nodeName().codePointAt(6));
        assertEquals(0, sites.valid.hits("/nodeinfo/2.0"));
    }

    @Test
    void noNodeInfoIsANoticeOnly() {
        sites.valid.page(DISCOVERY, 404, "text/html", "<h1>Not found</h1>");

        CheckResult result = check();

        assertEquals(List.of(Finding.NODEINFO_ABSENT), result.findings());
        assertFalse(result.failed());
        assertNull(result.facts().nodeInfo());
    }

    @Test
    void aWebApplicationAnsweringEveryPathHasNoNodeInfo_notAFailure() {
        // a single-page application or a login page answers 200 with HTML wherever one asks
        sites.valid.page(DISCOVERY, 200, "text/html; charset=utf-8", "<html><body>Sign in</body></html>");

        CheckResult result = check();

        assertEquals(List.of(Finding.NODEINFO_ABSENT), result.findings());
        assertFalse(result.failed());
    }

    @Test
    void aServerErrorIsAskedOnceMore() {
        sites.valid.page(DISCOVERY, 500, "text/plain", "oops");

        CheckResult result = check();

        assertEquals(List.of(Finding.NODEINFO_SERVER_ERROR), result.findings());
        assertEquals(2, sites.valid.hits(DISCOVERY));
        assertEquals(500, result.facts().httpStatus());
    }

    @Test
    void aServerErrorThatPassesIsNoFinding() {
        AtomicInteger asked = new AtomicInteger();
        sites.valid.on(DISCOVERY, exchange -> {
            if (asked.incrementAndGet() == 1) {
                LocalSites.send(exchange, 503, "text/plain", "busy");
            } else {
                LocalSites.send(exchange, 200, "application/json",
                        """
                                {"links": [{"rel": "http://nodeinfo.diaspora.software/ns/schema/2.1", "href": "/nodeinfo"}]}""");
            }
        });
        sites.valid.page("/nodeinfo", 200, "application/json", LocalSites.resource("nodeinfo-2.1-example.json"));

        CheckResult result = check();

        assertEquals(List.of(), result.findings());
        assertEquals("diaspora", result.facts().nodeInfo().softwareName());
    }

    @Test
    void invalidJson() {
        sites.valid.page(DISCOVERY, 200, "application/json", "{\"links\": [");

        CheckResult result = check();

        assertEquals(List.of(Finding.NODEINFO_INVALID), result.findings());
        assertFalse(result.facts().detail().isBlank(), "says why"); // in the parser's words
    }

    @Test
    void aDocumentWithoutSoftwareName() {
        sites.valid.page(DISCOVERY, 200, "application/json", """
                {"links": [{"rel": "http://nodeinfo.diaspora.software/ns/schema/2.0", "href": "/nodeinfo"}]}""");
        sites.valid.page("/nodeinfo", 200, "application/json", "{\"version\": \"2.0\", \"software\": {}}");

        CheckResult result = check();

        assertEquals(List.of(Finding.NODEINFO_INVALID), result.findings());
        assertFalse(result.facts().detail().isBlank(), "says why"); // in the parser's words
    }

    @Test
    void aHugeDocument() {
        sites.valid.page(DISCOVERY, 200, "application/json", """
                {"links": [{"rel": "http://nodeinfo.diaspora.software/ns/schema/2.0", "href": "/nodeinfo"}]}""");
        sites.valid.page("/nodeinfo", 200, "application/json", "{\"version\": \"2.0\", \"padding\": \""
                + "x".repeat(300 * 1024) + "\"}");

        CheckResult result = check();

        assertEquals(List.of(Finding.NODEINFO_INVALID), result.findings());
        assertTrue(result.facts().detail().contains("256 KiB"), result.facts().detail());
    }

    private CheckResult check() {
        return HttpEvidenceCheckerTlsTest.only(new HttpEvidenceChecker(sites.settings()).check(List.of(plan(null,
                null, Map.of(), List.of(new ServiceTarget(7, sites.valid.url("/"))), CheckClass.NODEINFO))));
    }
}
