package st.libreho.kb.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import st.libreho.kb.RecentChange;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.Visibility;

/** The feed's XML without a server: what XML 1.0 cannot hold is left out rather than written into a broken feed. */
class ChangesFeedTest {

    @Test
    void charactersXmlCannotHoldAreLeftOutAndTheRestIsEscaped() throws Exception {
        RevisionSummary revision = new RevisionSummary(2, RevisionKind.EDITED, "t", "en", Visibility.PUBLIC,
                "a\u0001b <c> & ]]> \"d\"", 1, false, null, null, "Zoë <z>", Instant.parse("2026-12-02T10:00:00Z"),
                null, List.of("backup", "tls-certificates"));
        String xml = ChangesFeed.atom("https://example.org", List.of(new RecentChange("p", "T\u0000 & <t>", revision,
                1)));
        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("T & <t>", feed.getElementsByTagName("title").item(1).getTextContent());
        assertEquals("ab <c> & ]]> \"d\"", feed.getElementsByTagName("summary").item(0).getTextContent());
        assertEquals("Zoë <z>", feed.getElementsByTagName("name").item(0).getTextContent());
        // the revision's tags as the entry's categories, which feed readers filter on
        assertEquals(2, feed.getElementsByTagName("category").getLength());
        assertEquals("tls-certificates",
                ((org.w3c.dom.Element) feed.getElementsByTagName("category").item(1)).getAttribute("term"));
        assertEquals("2026-12-02T10:00:00Z", feed.getElementsByTagName("updated").item(0).getTextContent());
        assertTrue(xml.contains("href=\"https://example.org/kb/p/revisions/2\""), xml);
    }
}
