package st.libreho.registry.internal.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.directory.testing.DirectoryFixtures.uniqueSlug;
import static st.libreho.registry.RegistryFixtures.MEMBER;
import static st.libreho.registry.RegistryFixtures.bonfire;
import static st.libreho.registry.RegistryFixtures.bonfireFiles;
import static st.libreho.registry.RegistryFixtures.withLineAdded;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.registry.RecentVersion;
import st.libreho.registry.Registry;
import st.libreho.registry.RegistryFixtures;
import st.libreho.registry.VersionDraft;

/** Following new versions in a feed reader: one configuration's, or the whole registry's. */
@QuarkusTest
class VersionsFeedTest {

    static final String CHANGELOG = "Backups <script>alert('x')</script> & restores";

    @Inject
    Registry registry;

    @Inject
    Directory directory;

    private String owner;
    private String slug;

    @BeforeEach
    void twoVersions() {
        owner = RegistryFixtures.organisations(directory).owner();
        slug = uniqueSlug("bonfire-feed");
        registry.create(bonfire(owner, slug), MEMBER);
        registry.publish(owner, slug, new VersionDraft("1.0.0", "", bonfireFiles(), null), false, MEMBER);
        registry.publish(owner, slug, new VersionDraft("1.1.0", CHANGELOG,
                withLineAdded(bonfireFiles(), "compose.yml", "# backups"), null), false, MEMBER);
    }

    @Test
    void aConfigurationsFeedHasItsVersionsNewestFirstEscaped() throws Exception {
        String path = "/registry/" + owner + "/" + slug + "/versions.atom";
        Response response = given().get(path);
        response.then().statusCode(200).contentType(containsString(VersionsAtom.MEDIA_TYPE))
                .header("Cache-Control", containsString("max-age=60"))
                .body(containsString("&lt;script&gt;")).body(containsString("&amp; restores"))
                .body(not(containsString("<script>")));
        Element feed = parse(response.asByteArray());
        assertEquals(VersionsAtom.ATOM, feed.getNamespaceURI());
        assertTrue(child(feed, "id").getTextContent().endsWith("/registry/" + owner + "/" + slug + "/versions"));
        assertTrue(child(feed, "title").getTextContent().contains("Bonfire on Co-op Cloud"));

        List<Element> entries = entries(feed);
        assertEquals(2, entries.size());
        Element latest = entries.get(0);
        assertEquals(owner + "/" + slug + " 1.1.0", child(latest, "title").getTextContent());
        assertEquals(owner + "/" + slug + " 1.0.0", child(entries.get(1), "title").getTextContent());
        assertEquals(CHANGELOG, child(latest, "summary").getTextContent());
        assertEquals("Mia Member", child(child(latest, "author"), "name").getTextContent());
        Instant published = registry.version(owner, slug, "1.1.0").orElseThrow().publishedAt();
        assertEquals(published, Instant.parse(child(latest, "updated").getTextContent()));
        assertEquals(published, Instant.parse(child(feed, "updated").getTextContent()));
        String href = child(latest, "link").getAttribute("href");
        assertTrue(URI.create(href).isAbsolute(), href);
        assertTrue(href.endsWith("/registry/" + owner + "/" + slug + "/versions/1.1.0"), href);
        assertEquals(href, child(latest, "id").getTextContent());
        // a version without a changelog still says what it is
        assertTrue(child(entries.get(1), "summary").getTextContent().contains("1.0.0"));

        // the same versions, the same bytes (a kept feed is served with its ETag)
        assertEquals(response.asString(), given().get(path).asString());
    }

    @Test
    void theRegistrysFeedHasTheNewestVersionsOfEveryConfiguration() throws Exception {
        Element feed = parse(given().get("/registry/versions.atom").then().statusCode(200)
                .contentType(containsString(VersionsAtom.MEDIA_TYPE)).extract().asByteArray());
        List<Element> entries = entries(feed);
        assertTrue(entries.size() >= 2 && entries.size() <= RegistryVersionsFeed.ENTRIES, "" + entries.size());
        List<String> titles = new ArrayList<>();
        Instant previous = Instant.MAX;
        for (Element entry : entries) {
            titles.add(child(entry, "title").getTextContent());
            Instant updated = Instant.parse(child(entry, "updated").getTextContent());
            assertFalse(updated.isAfter(previous), "newest first");
            previous = updated;
        }
        int latest = titles.indexOf(owner + "/" + slug + " 1.1.0");
        int first = titles.indexOf(owner + "/" + slug + " 1.0.0");
        assertTrue(latest >= 0 && first > latest, titles.toString());

        List<RecentVersion> recent = registry.recentVersions(1);
        assertEquals(1, recent.size());
    }

    @Test
    void anUnknownConfigurationHasNoFeedAndAForgedHostStaysInItsOwnFeed() {
        given().get("/registry/" + owner + "/no-such-" + slug + "/versions.atom").then().statusCode(404);

        given().header("Host", "evil.example").get("/registry/versions.atom").then().statusCode(200)
                .body(containsString("http://evil.example"));
        given().get("/registry/versions.atom").then().statusCode(200).body(not(containsString("evil.example")));
    }

    @Test
    void charactersXmlCannotHoldAreLeftOut() throws Exception {
        String xml = VersionsAtom.write("https://example.org", "/registry", "T", Instant.EPOCH, List.of(
                new RecentVersion("o", "s", "T", "1.0.0", "a\u0000b\u0007c & <d>", "N", Instant.EPOCH)));
        Element entry = entries(parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0);
        assertEquals("abc & <d>", child(entry, "summary").getTextContent());
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement();
    }

    private static List<Element> entries(Element feed) {
        List<Element> entries = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(VersionsAtom.ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(VersionsAtom.ATOM, name);
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getParentNode() == parent) {
                return (Element) children.item(i);
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
