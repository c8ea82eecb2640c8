package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.internal.observations.Samples.utf8;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NodeInfoDiscoveryTest {

    private static final String REL = "http://nodeinfo.diaspora.software/ns/schema/";

    private static String link(String rel, String href) {
        return "{\"rel\": \"" + rel + "\", \"href\": \"" + href + "\"}";
    }

    private static Optional<NodeInfoLink> best(String... links) throws NodeInfoException {
        return NodeInfoDiscovery.bestLink(utf8("{\"links\": [" + String.join(", ", links) + "]}"));
    }

    @Test
    void theProtocolsSampleLinksTo20() throws Exception {
        assertEquals(Optional.of(new NodeInfoLink("2.0", "https://example.org/nodeinfo/2.0")),
                NodeInfoDiscovery.bestLink(Samples.bytes("well-known-nodeinfo.json")));
    }

    @Test
    void theHighestSupportedVersionWins_whateverTheOrder() throws Exception {
        assertEquals(Optional.of(new NodeInfoLink("2.1", "https://a.example/2.1")),
                best(link(REL + "1.0", "https://a.example/1.0"), link(REL + "2.1", "https://a.example/2.1"),
                        link(REL + "2.0", "https://a.example/2.0"), link(REL + "1.1", "https://a.example/1.1")));
        assertEquals(Optional.of(new NodeInfoLink("2.2", "https://a.example/2.2")),
                best(link(REL + "2.2", "https://a.example/2.2"), link(REL + "2.0", "https://a.example/2.0")));
    }

    @Test
    void unknownRelsAndFutureVersionsAreIgnored() throws Exception {
        assertEquals(Optional.of(new NodeInfoLink("2.0", "https://a.example/2.0")),
                best(link("https://www.w3.org/ns/activitystreams#Application", "https://a.example/actor"),
                        link(REL + "3.0", "https://a.example/3.0"), link(REL + "2.10", "https://a.example/2.10"),
                        link(REL + "2.0", "https://a.example/2.0"), "\"not a link\"", "{\"rel\": 2.1}"));
    }

    @Test
    void theHttpsFormOfTheRelIsAccepted() throws Exception {
        assertEquals(Optional.of(new NodeInfoLink("2.1", "https://a.example/2.1")),
                best(link(REL + "2.0", "https://a.example/2.0"),
                        link("https://nodeinfo.diaspora.software/ns/schema/2.1", "https://a.example/2.1")));
    }

    @Test
    void onlyUnsupportedRelsGiveNothing() throws Exception {
        assertEquals(Optional.empty(), best(link("https://www.w3.org/ns/activitystreams#Application",
                "https://a.example/actor"), link(REL + "3.0", "https://a.example/3.0")));
        assertEquals(Optional.empty(), best());
    }

    @Test
    void aNonHttpHrefIsRefused_aPathOnTheSameHostIsLeftToResolve() throws Exception {
        assertEquals(Optional.of(new NodeInfoLink("2.1", "/nodeinfo/2.1")), best(link(REL + "2.1", "/nodeinfo/2.1")));
        NodeInfoException e = assertThrows(NodeInfoException.class, () -> best(link(REL + "2.1", "nodeinfo/2.1")));
        assertTrue(e.getMessage().contains("\"nodeinfo/2.1\", which is not an absolute http(s) address"),
                e.getMessage());
        assertThrows(NodeInfoException.class, () -> best(link(REL + "2.1", "ftp://a.example/2.1")));
        assertThrows(NodeInfoException.class, () -> best(link(REL + "2.1", "https:///2.1")));
        assertThrows(NodeInfoException.class, () -> best("{\"rel\": \"" + REL + "2.1\"}"));
    }

    @Test
    void theChosenHrefDecides_aBadLowerVersionDoesNot() throws Exception {
        assertEquals(Optional.of(new NodeInfoLink("2.1", "https://a.example/2.1")),
                best(link(REL + "2.0", "nodeinfo/2.0"), link(REL + "2.1", "https://a.example/2.1")));
    }

    @Test
    void aDocumentWithoutLinksIsRefused() {
        NodeInfoException missing = assertThrows(NodeInfoException.class,
                () -> NodeInfoDiscovery.bestLink(utf8("{\"subject\": \"acct:a@a.example\"}")));
        assertEquals("The NodeInfo discovery document (/.well-known/nodeinfo) must have a \"links\" array.",
                missing.getMessage());
        NodeInfoException notArray = assertThrows(NodeInfoException.class,
                () -> NodeInfoDiscovery.bestLink(utf8("{\"links\": {\"rel\": \"x\"}}")));
        assertTrue(notArray.getMessage().endsWith("must have a \"links\" array, not an object."),
                notArray.getMessage());
    }

    @Test
    void notJsonEmptyOrNotAnObjectIsRefused() {
        NodeInfoException html = assertThrows(NodeInfoException.class,
                () -> NodeInfoDiscovery.bestLink(utf8("<html><body>Not found</body></html>")));
        assertTrue(html.getMessage().startsWith(
                "The NodeInfo discovery document (/.well-known/nodeinfo) is not valid JSON at line 1, column 1"),
                html.getMessage());
        NodeInfoException empty = assertThrows(NodeInfoException.class,
                () -> NodeInfoDiscovery.bestLink(new byte[0]));
        assertTrue(empty.getMessage().endsWith(" is empty."), empty.getMessage());
        assertThrows(NodeInfoException.class, () -> NodeInfoDiscovery.bestLink(utf8("  \n ")));
        NodeInfoException array = assertThrows(NodeInfoException.class,
                () -> NodeInfoDiscovery.bestLink(utf8("[" + link(REL + "2.0", "https://a.example/2.0") + "]")));
        assertTrue(array.getMessage().endsWith(" must be a JSON object, not an array."), array.getMessage());
        assertThrows(NodeInfoException.class, () -> NodeInfoDiscovery.bestLink(utf8("{\"links\": []} {\"links\": []}")),
                "a second document after the first is not silently dropped");
    }
}
