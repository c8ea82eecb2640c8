package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.internal.observations.Samples.utf8;

import java.util.List;

import org.junit.jupiter.api.Test;

import st.libreho.directory.NodeInfoFacts;

class NodeInfoDocumentTest {

    private static NodeInfoFacts parse(String json) throws NodeInfoException {
        return NodeInfoDocument.parse(utf8(json));
    }

    @Test
    void theProtocols21Example() throws Exception {
        assertEquals(new NodeInfoFacts("2.1", "diaspora", "0.5.0", List.of("diaspora"), true, 123L, 23L, null),
                NodeInfoDocument.parse(Samples.bytes("nodeinfo-2.1-example.json")));
    }

    @Test
    void theProtocols22Example_keepsTheInstanceNameWithItsNonBmpCharacter() throws Exception {
        NodeInfoFacts facts = NodeInfoDocument.parse(Samples.bytes("nodeinfo-2.2-example.json"));

        assertEquals(new NodeInfoFacts("2.2", "diaspora", "0.5.0", List.of("diaspora"), true, 123L, 23L,
                "New FI\uD835\uDC53F"), facts);
        assertEquals(0x1D453, facts.nodeName().codePointAt(6));
        assertEquals(8, facts.nodeName().codePointCount(0, facts.nodeName().length()));
    }

    @Test
    void anEscapedSurrogatePairIsTheSameCharacter() throws Exception {
        NodeInfoFacts facts = parse("""
                {"version": "2.2", "software": {"name": "diaspora"}, "instance": {"name": "New FI\\uD835\\uDC53F"}}""");

        assertEquals(0x1D453, facts.nodeName().codePointAt(6));
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacter() throws Exception {
        assertEquals("a\uFFFDb", parse("""
                {"version": "2.0", "software": {"name": "x"}, "metadata": {"nodeName": "a\\uD835b"}}""").nodeName());
    }

    @Test
    void metadataNodeNameIsTheFallback_whenText() throws Exception {
        assertEquals("Mastodon social", parse("""
                {"version": "2.0", "software": {"name": "mastodon"}, "metadata": {"nodeName": "Mastodon social"}}""")
                .nodeName());
        assertEquals("Instance", parse("""
                {"version": "2.2", "software": {"name": "x"}, "instance": {"name": "Instance"},
                 "metadata": {"nodeName": "Metadata"}}""").nodeName());
        assertNull(parse("""
                {"version": "2.0", "software": {"name": "x"}, "metadata": {"nodeName": {"en": "Nested"}}}""")
                .nodeName());
    }

    @Test
    void a10DocumentsProtocolsObjectIsTheUnionOfInboundAndOutbound() throws Exception {
        NodeInfoFacts facts = parse("""
                {"version": "1.0", "software": {"name": "diaspora", "version": "0.5.0"},
                 "protocols": {"inbound": ["diaspora", "gnusocial"], "outbound": ["diaspora", "pumpio"]},
                 "services": {"inbound": [], "outbound": []}, "openRegistrations": false,
                 "usage": {"users": {"total": 5}}, "metadata": {}}""");

        assertEquals(new NodeInfoFacts("1.0", "diaspora", "0.5.0", List.of("diaspora", "gnusocial", "pumpio"), false,
                5L, null, null), facts);
    }

    @Test
    void wrongTypesAreLeftNull_ratherThanFailingTheDocument() throws Exception {
        NodeInfoFacts facts = parse("""
                {"version": "2.1", "software": {"name": "lemmy", "version": 19},
                 "protocols": "activitypub", "openRegistrations": "yes",
                 "usage": {"users": {"total": -1, "activeMonth": "23"}}}""");

        assertEquals(new NodeInfoFacts("2.1", "lemmy", null, List.of(), null, null, null, null), facts);
        NodeInfoFacts more = parse("""
                {"version": "2.1", "software": {"name": "lemmy"}, "protocols": ["activitypub", 7, null, ""],
                 "usage": {"users": {"total": 12.5, "activeMonth": 99999999999999999999999}}}""");
        assertEquals(List.of("activitypub"), more.protocols());
        assertNull(more.usersTotal());
        assertNull(more.usersActiveMonth());
    }

    @Test
    void softwareNameAndVersionAreRequired() {
        NodeInfoException noName = assertThrows(NodeInfoException.class,
                () -> parse("{\"version\": \"2.1\", \"software\": {\"version\": \"1.0\"}}"));
        assertEquals("The NodeInfo document has no \"software.name\": it must give the software it runs, e.g."
                + " \"mastodon\".", noName.getMessage());
        assertThrows(NodeInfoException.class, () -> parse("{\"version\": \"2.1\"}"));
        NodeInfoException numberName = assertThrows(NodeInfoException.class,
                () -> parse("{\"version\": \"2.1\", \"software\": {\"name\": 3}}"));
        assertEquals("The NodeInfo document's \"software.name\" must be text, not a number.",
                numberName.getMessage());
        assertThrows(NodeInfoException.class, () -> parse("{\"version\": \"2.1\", \"software\": {\"name\": \" \"}}"));
        NodeInfoException noVersion = assertThrows(NodeInfoException.class,
                () -> parse("{\"software\": {\"name\": \"diaspora\"}}"));
        assertTrue(noVersion.getMessage().startsWith("The NodeInfo document has no \"version\""),
                noVersion.getMessage());
    }

    @Test
    void invalidUtf8IsRefused_notReplaced() {
        byte[] body = utf8("{\"version\": \"2.1\", \"software\": {\"name\": \"diaspora\"}, \"metadata\":"
                + " {\"nodeName\": \"caf_\"}}");
        body[body.length - 4] = (byte) 0xE9; // Latin-1 é

        NodeInfoException e = assertThrows(NodeInfoException.class, () -> NodeInfoDocument.parse(body));
        assertEquals("The NodeInfo document is not valid UTF-8 (byte " + (body.length - 3) + ").", e.getMessage());
        assertThrows(NodeInfoException.class, () -> NodeInfoDocument.parse(new byte[] { '{', (byte) 0xF0, '}' }));
    }

    @Test
    void notJsonEmptyOrAnArrayIsRefused() {
        assertThrows(NodeInfoException.class, () -> parse("version: 2.1"));
        assertThrows(NodeInfoException.class, () -> NodeInfoDocument.parse(new byte[0]));
        assertThrows(NodeInfoException.class, () -> NodeInfoDocument.parse(null));
        NodeInfoException array = assertThrows(NodeInfoException.class,
                () -> parse("[{\"version\": \"2.1\", \"software\": {\"name\": \"diaspora\"}}]"));
        assertEquals("The NodeInfo document must be a JSON object, not an array.", array.getMessage());
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        NodeInfoException e = assertThrows(NodeInfoException.class, () -> parse("""
                {"version": "2.1", "software": {"name": "diaspora"}, "metadata": %s}""".formatted(deep)));
        assertEquals("The NodeInfo document nests objects and arrays more than 32 levels deep.", e.getMessage());
    }

    @Test
    void realisticNestingIsRead() throws Exception {
        String nested = "{\"a\":".repeat(20) + "1" + "}".repeat(20);
        assertEquals("diaspora", parse("""
                {"version": "2.1", "software": {"name": "diaspora"}, "metadata": %s}""".formatted(nested))
                .softwareName());
    }

    @Test
    void overlongTextsAreCut_withoutSplittingAPairOfSurrogates() throws Exception {
        String name = "x".repeat(199) + "\uD835\uDC53" + "y".repeat(10_000);
        NodeInfoFacts facts = parse("""
                {"version": "2.1", "software": {"name": "%s", "version": "%s"},
                 "protocols": ["%s"], "metadata": {"nodeName": "  %s"}}"""
                .formatted("n".repeat(5_000), "1".repeat(5_000), "p".repeat(5_000), name));

        assertEquals("n".repeat(200), facts.softwareName());
        assertEquals("1".repeat(200), facts.softwareVersion());
        assertEquals(List.of("p".repeat(200)), facts.protocols());
        assertEquals("x".repeat(199), facts.nodeName());
    }

    @Test
    void controlCharactersAreDropped_soThatTheDatabaseTakesTheText() throws Exception {
        assertEquals("Node name", parse("""
                {"version": "2.1", "software": {"name": "diaspora"}, "metadata": {"nodeName": "Node\\u0000\\tname"}}""")
                .nodeName());
    }

    @Test
    void protocolsAreCapped() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            many.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
        }
        assertEquals(32, parse("""
                {"version": "2.1", "software": {"name": "diaspora"}, "protocols": [%s]}""".formatted(many))
                .protocols().size());
    }
}
