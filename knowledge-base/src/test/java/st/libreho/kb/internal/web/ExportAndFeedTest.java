package st.libreho.kb.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;
import st.libreho.kb.WikiExport;
import st.libreho.kb.WikiFixtures;
import st.libreho.kb.internal.api.ExportBuilds;
import st.libreho.kb.internal.markdown.FrontMatter;
import st.libreho.platform.testing.SqlStatements;

/** The export as a zip and as JSON, and the Atom feed of recent changes, as a visitor and as an operator. */
@QuarkusTest
class ExportAndFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern FILE_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Inject
    Directory directory;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    ExportBuilds builds;

    @Inject
    SessionFactory sessionFactory;

    String root;

    @BeforeEach
    void somePages() {
        WikiFixtures.members(directory);
        root = uniquePath("export");
        knowledgeBase.save(root, new PageEdit("Export: \"home\" #1", "Start at [[" + root + "/guide|the guide]].\n",
                "en", Visibility.PUBLIC, "first"), null, MEMBER);
        knowledgeBase.save(root + "/guide", new PageEdit("Guide: 'quoted' & \"more\"",
                "Back to [[" + root + "]], on to [[" + root + "/deeper/step]], hidden [[" + root
                        + "/secret|the secret]], missing [[" + root + "/nowhere|nothing]].\n`[[" + root
                        + "]]` is code.\n",
                "fr", Visibility.PUBLIC, null, List.of("guide", "Export")), null, MEMBER);
        knowledgeBase.save(root + "/deeper/step", new PageEdit("Step", "Up to [[" + root + "/guide]].\n", "en",
                Visibility.PUBLIC, null), null, MEMBER);
        knowledgeBase.save(root + "/secret", new PageEdit("Secret", "See [[" + root + "/guide]].\n", "en",
                Visibility.MEMBERS, null), null, MEMBER);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Map<String, String> exportZip() throws Exception {
        Response response = given().get("/kb/export.zip");
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", startsWith("attachment;"));
        Map<String, String> files = unzip(response.asByteArray());
        // every relative link of every file leads to a file in the zip, and every page's front matter parses
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".md")) {
                // a page's attached file, beside it: its links are checked from the page
                continue;
            }
            Path here = Path.of(file.getKey()).getParent();
            Matcher links = FILE_LINK.matcher(file.getValue());
            while (links.find()) {
                Path target = (here == null ? Path.of(links.group(1)) : here.resolve(links.group(1))).normalize();
                assertTrue(files.containsKey(target.toString()),
                        file.getKey() + " links to " + links.group(1) + ", which is not in the zip");
            }
            Map<String, Object> matter = FrontMatter.parse(file.getValue());
            if (matter.containsKey("path")) {
                assertEquals(file.getKey(), matter.get("path") + ".md");
                for (String field : List.of("title", "language", "revision", "date", "visibility", "tags")) {
                    assertNotNull(matter.get(field), field + " in " + file.getKey());
                }
            }
        }
        assertTrue(files.containsKey("index.md"));
        return files;
    }

    @Test
    void aVisitorsZipHoldsThePublicPagesWithWorkingLinksAndNoMembersPage() throws Exception {
        Map<String, String> files = exportZip();
        assertFalse(files.containsKey(root + "/secret.md"), "a members-only page is not exported to visitors");
        String guide = files.get(root + "/guide.md");
        assertNotNull(guide);
        Map<String, Object> matter = FrontMatter.parse(guide);
        assertEquals("Guide: 'quoted' & \"more\"", matter.get("title"));
        assertEquals(root + "/guide", matter.get("path"));
        assertEquals("fr", matter.get("language"));
        assertEquals(1, matter.get("revision"));
        assertEquals("public", matter.get("visibility"));
        assertEquals(List.of("export", "guide"), matter.get("tags"));
        assertEquals(List.of(), FrontMatter.parse(files.get(root + ".md")).get("tags"));
        assertTrue(guide.contains("Back to [" + root + "](../" + root + ".md)"), guide);
        assertTrue(guide.contains("on to [" + root + "/deeper/step](deeper/step.md)"), guide);
        assertTrue(guide.contains("hidden the secret, missing nothing."), "no link to what is not exported");
        assertTrue(guide.contains("`[[" + root + "]]` is code."), "code keeps its brackets");
        assertTrue(files.get(root + "/deeper/step.md").contains("[" + root + "/guide](../guide.md)"));
        assertEquals("Export: \"home\" #1", FrontMatter.parse(files.get(root + ".md")).get("title"));
        assertTrue(files.get("index.md").contains("(" + root + "/guide.md)"));
        assertFalse(files.get("index.md").contains(root + "/secret"));
    }

    @Test
    @TestSecurity(user = "op", roles = "operator")
    void anOperatorsZipHoldsTheMembersPagesToo() throws Exception {
        Map<String, String> files = exportZip();
        String secret = files.get(root + "/secret.md");
        assertNotNull(secret, "an operator exports the members-only pages");
        assertEquals("members", FrontMatter.parse(secret).get("visibility"));
        assertTrue(files.get(root + "/guide.md").contains("hidden [the secret](secret.md)"));
    }

    @Test
    void theJsonExportHoldsThePublicPages() {
        JsonPath json = given().get("/kb/export.json").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        Map<String, Object> guide = json.getMap("pages.find { it.path == '" + root + "/guide' }");
        assertNotNull(guide);
        assertEquals("Guide: 'quoted' & \"more\"", guide.get("title"));
        assertEquals("fr", guide.get("language"));
        assertEquals("PUBLIC", guide.get("visibility"));
        assertEquals(1, guide.get("revision"));
        assertEquals("Mia Member", guide.get("updatedBy"));
        assertEquals(List.of("export", "guide"), guide.get("tags"));
        assertNotNull(guide.get("updatedAt"));
        assertTrue(((String) guide.get("markdown")).contains("[[" + root + "/secret|the secret]]"));
        assertNull(json.get("pages.find { it.path == '" + root + "/secret' }"));
    }

    @Test
    @TestSecurity(user = "op", roles = "operator")
    void anOperatorsJsonExportHoldsTheMembersPagesToo() {
        given().get("/kb/export.json").then().statusCode(200)
                .body("pages.find { it.path == '" + root + "/secret' }.visibility",
                        org.hamcrest.Matchers.equalTo("MEMBERS"));
    }

    @Test
    void theZipIsReadInTwoStatementsHoweverManyPagesAndFilesItHolds() throws Exception {
        for (int i = 0; i < 4; i++) {
            String page = root + "/files-" + i;
            knowledgeBase.save(page, new PageEdit("Files " + i, "![plan](attachments/plan.png)\n", "en",
                    Visibility.PUBLIC, null), null, MEMBER);
            knowledgeBase.attach(page, "plan.png", ("first plan " + i).getBytes(StandardCharsets.UTF_8), MEMBER);
            knowledgeBase.attach(page, "plan.png", ("plan " + i).getBytes(StandardCharsets.UTF_8), MEMBER);
            knowledgeBase.attach(page, "notes.txt", ("notes " + i).getBytes(StandardCharsets.UTF_8), MEMBER);
        }

        // a fresh address: the visitor cache has nothing kept for it
        Response[] response = new Response[1];
        long statements = SqlStatements.countedDuring(sessionFactory,
                () -> response[0] = given().get("/kb/export.zip?fresh=" + root));

        response[0].then().statusCode(200);
        assertTrue(statements <= 3, statements + " statements: the transaction's setting, the pages, the files");
        Map<String, String> files = unzip(response[0].asByteArray());
        for (int i = 0; i < 4; i++) {
            assertEquals("plan " + i, files.get(root + "/files-" + i + "/attachments/plan.png"), "the current version");
            assertEquals("notes " + i, files.get(root + "/files-" + i + "/attachments/notes.txt"));
        }
        WikiExport export = knowledgeBase.export(null);
        assertEquals(2, export.attachments().get(root + "/files-0").size());
        assertTrue(export.pages().stream().noneMatch(page -> page.path().equals(root + "/secret")));
    }

    @Test
    void oneExportIsBuiltAtATimeAndAnotherAskedMeanwhileIsToldWhenToComeBack() {
        // while an export is being built (here, held open), a request for another address waits, then is a 503
        builds.one(() -> {
            for (String export : new String[] { "/kb/export.zip", "/kb/export.json" }) {
                given().get(export + "?busy=" + root).then().statusCode(503).header("Retry-After", "10")
                        .contentType("application/problem+json")
                        .body("detail", containsString("Another export is being built"));
            }
            return "held";
        });

        given().get("/kb/export.zip?busy=" + root).then().statusCode(200);
        given().get("/kb/export.json?busy=" + root).then().statusCode(200);
    }

    @Test
    void theFeedIsAtomWithPublicChangesOnlyAndEscapesTitles() throws Exception {
        String path = uniquePath("feed");
        knowledgeBase.save(path, new PageEdit("Tags <b> & \"co\"", "Text.\n", "en", Visibility.PUBLIC,
                "Fixed <i> & stuff"), null, MEMBER);
        String hidden = uniquePath("hidden-feed");
        knowledgeBase.save(hidden, new PageEdit("Hidden " + hidden, "Text.\n", "en", Visibility.MEMBERS, "secret"),
                null, MEMBER);

        Response response = given().get("/kb/changes.atom");
        response.then().statusCode(200).contentType(containsString("application/atom+xml"))
                .body(containsString("Tags &lt;b&gt; &amp;"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertFalse(child(root, "id").getTextContent().isBlank());
        assertNotNull(java.time.Instant.parse(child(root, "updated").getTextContent()));
        List<String> rels = new ArrayList<>();
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i).getParentNode() == root) {
                rels.add(((Element) links.item(i)).getAttribute("rel"));
            }
        }
        assertTrue(rels.contains("self"), rels.toString());

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0 && entries.getLength() <= 50);
        Element ours = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String title = child(entry, "title").getTextContent();
            assertFalse(title.contains(hidden), "a members-only page is never in the feed");
            assertNotNull(child(entry, "id"));
            assertNotNull(child(entry, "updated"));
            assertNotNull(child(child(entry, "author"), "name"));
            if (title.equals("Tags <b> & \"co\"")) {
                ours = entry;
            }
        }
        assertNotNull(ours, "the public change is in the feed");
        assertEquals("Mia Member", child(child(ours, "author"), "name").getTextContent());
        assertEquals("Fixed <i> & stuff", child(ours, "summary").getTextContent());
        String href = child(ours, "link").getAttribute("href");
        assertTrue(href.endsWith("/kb/" + path + "/revisions/1"), href);
        given().get(java.net.URI.create(href).getPath()).then().statusCode(200);

        given().get("/kb/changes").then().statusCode(200).body(containsString("href=\"/kb/changes.atom\""));
    }

    @Test
    void aForgedHostNeverReachesAnotherVisitorsFeed() {
        knowledgeBase.save(uniquePath("host-feed"), new PageEdit("Host feed", "Text.\n", "en", Visibility.PUBLIC,
                null), null, MEMBER);

        given().header("Host", "evil.example").get("/kb/changes.atom").then().statusCode(200)
                .body(containsString("evil.example"));

        given().get("/kb/changes.atom").then().statusCode(200).body(not(containsString("evil.example")));
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getParentNode() == parent) {
                return (Element) children.item(i);
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
