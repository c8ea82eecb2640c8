package st.libreho.kb.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.membersPage;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import st.libreho.directory.Directory;
import st.libreho.kb.AttachmentInfo;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.WikiFixtures;
import st.libreho.kb.internal.pages.Attachments;
import st.libreho.platform.testing.Browser;
import st.libreho.platform.testing.DevSignIn;

/** Files attached to pages: stored as uploaded, typed from their bytes, served so that none can run as our page. */
@QuarkusTest
class AttachmentsTest {

    /** A PNG's signature and the start of a header chunk: enough for the type, not a picture anyone needs. */
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 };

    @TestHTTPResource("/")
    URL root;

    @Inject
    Directory directory;

    @Inject
    KnowledgeBase knowledgeBase;

    @BeforeEach
    void memberIsAMember() {
        WikiFixtures.members(directory);
    }

    private static String token(String user) {
        return DevSignIn.accessToken(user, "operator".equals(user) ? "operator" : "user");
    }

    private static Response upload(String user, String path, String name, byte[] bytes, String claimedType) {
        var request = given().contentType(claimedType).body(bytes);
        if (user != null) {
            request = request.auth().oauth2(token(user));
        }
        return request.put("/api/v1/pages/" + path + "/attachments/" + name);
    }

    private String publicPageAt(String prefix) {
        String path = "guides/" + uniquePath(prefix);
        knowledgeBase.save(path, publicPage("Files", "Some files."), null, MEMBER);
        return path;
    }

    private static void assertCannotRun(Response served) {
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
        assertTrue(served.headers().getValues("Content-Security-Policy").contains("sandbox"),
                served.headers().toString());
    }

    @Test
    void anImageComesBackAsUploadedWithTheTypeOfItsBytesWhateverTheClientClaimed() {
        String path = publicPageAt("images");
        upload("member", path, "diagram.png", PNG, "text/html").then().statusCode(201)
                .body("name", equalTo("diagram.png")).body("version", equalTo(1))
                .body("contentType", equalTo("image/png"));
        // twice: the visitors' cache sends the second answer again without the resource, with the same headers
        for (int i = 0; i < 2; i++) {
            Response served = given().get("/kb/" + path + "/attachments/diagram.png");
            served.then().statusCode(200).contentType(equalTo("image/png"))
                    .header("Content-Disposition", startsWith("inline; filename=\"diagram.png\""))
                    .header("Cache-Control", containsString("no-cache"));
            assertArrayEquals(PNG, served.asByteArray());
            assertCannotRun(served);
        }
    }

    @Test
    void htmlAndSvgAreServedAsTextToDownloadNeverAsDocuments() {
        String path = publicPageAt("hostile");
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script>"
                + "</svg>").getBytes(StandardCharsets.UTF_8);
        upload("member", path, "page.html", html, "text/html").then().statusCode(201);
        upload("member", path, "drawing.svg", svg, "image/svg+xml").then().statusCode(201);
        upload("member", path, "blob.bin", new byte[] { 1, 0, 2, (byte) 0xFF }, "image/png").then().statusCode(201);
        for (String name : List.of("page.html", "drawing.svg")) {
            Response served = given().get("/kb/" + path + "/attachments/" + name);
            served.then().statusCode(200).contentType(startsWith("text/plain"))
                    .header("Content-Disposition", startsWith("attachment; filename=\"" + name + "\""));
            assertCannotRun(served);
        }
        Response blob = given().get("/kb/" + path + "/attachments/blob.bin");
        blob.then().statusCode(200).contentType(equalTo("application/octet-stream"))
                .header("Content-Disposition", startsWith("attachment;"));
        assertCannotRun(blob);
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheFieldAndNothingIsStored() {
        String path = publicPageAt("large");
        upload("member", path, "big.bin", new byte[64 * 1024 + 1], "application/octet-stream").then()
                .statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("too large"));
        given().get("/kb/" + path + "/attachments/big.bin").then().statusCode(404);
        assertTrue(knowledgeBase.attachments(path, MEMBER).isEmpty());
        upload("member", path, "exact.bin", new byte[64 * 1024], "application/octet-stream").then().statusCode(201);
    }

    @Test
    void onlyMembersAttachFiles() {
        String path = publicPageAt("refused");
        upload("person", path, "x.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain").then()
                .statusCode(403);
        upload(null, path, "x.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(401);
        assertTrue(knowledgeBase.attachments(path, MEMBER).isEmpty());
    }

    @Test
    void aMembersOnlyPagesFilesAreNotFoundForOthers() throws Exception {
        String path = "guides/" + uniquePath("internal");
        knowledgeBase.save(path, membersPage("Internal", "Members only."), null, MEMBER);
        upload("member", path, "plan.txt", "secret plan".getBytes(StandardCharsets.UTF_8), "text/plain").then()
                .statusCode(201);
        given().get("/kb/" + path + "/attachments/plan.txt").then().statusCode(404);
        // the web pages sign people in with a session, as a browser does
        for (String user : List.of("person", "member")) {
            try (WebClient browser = Browser.signedIn(root, user)) {
                browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
                var response = browser.getPage(new URL(root, "kb/" + path + "/attachments/plan.txt"))
                        .getWebResponse();
                if (user.equals("member")) {
                    assertEquals(200, response.getStatusCode());
                    assertEquals("secret plan", response.getContentAsString());
                } else {
                    assertEquals(404, response.getStatusCode());
                }
            }
        }
        assertTrue(knowledgeBase.attachment(path, "plan.txt", null, WikiFixtures.PERSON).isEmpty());
    }

    @Test
    void replacingAFileKeepsTheOlderVersion() {
        String path = publicPageAt("versions");
        upload("member", path, "notes.txt", "first".getBytes(StandardCharsets.UTF_8), "text/plain").then()
                .statusCode(201).body("version", equalTo(1));
        upload("member", path, "notes.txt", "second".getBytes(StandardCharsets.UTF_8), "text/plain").then()
                .statusCode(201).body("version", equalTo(2));
        given().get("/kb/" + path + "/attachments/notes.txt").then().statusCode(200).body(equalTo("second"));
        given().get("/kb/" + path + "/attachments/notes.txt?version=1").then().statusCode(200)
                .body(equalTo("first"));
        List<AttachmentInfo> listed = knowledgeBase.attachments(path, MEMBER);
        assertEquals(1, listed.size());
        assertEquals(2, listed.get(0).version());
    }

    @Test
    void anAttachedImageShowsOnTheRenderedPageAtTheAddressThatServesIt() {
        String path = "guides/" + uniquePath("pictures");
        knowledgeBase.save(path, publicPage("Pictures", "Relative: ![The rack](attachments/rack.png)\n\n"
                + "Absolute: ![Again](/kb/" + path + "/attachments/rack.png)"), null, MEMBER);
        upload("member", path, "rack.png", PNG, "application/octet-stream").then().statusCode(201);
        String html = given().get("/kb/" + path).then().statusCode(200).extract().asString();
        String src = "src=\"/kb/" + path + "/attachments/rack.png\"";
        assertEquals(2, html.split(java.util.regex.Pattern.quote(src), -1).length - 1, html);
        assertTrue(html.contains("alt=\"The rack\""), html);
        // the page lists its files
        assertTrue(html.contains("href=\"/kb/" + path + "/attachments/rack.png\""), html);
        given().get("/kb/" + path + "/attachments/rack.png").then().statusCode(200).contentType(equalTo("image/png"));
    }

    @Test
    void aMemberAttachesAFileFromThePageItself() throws Exception {
        String path = publicPageAt("form");
        File file = File.createTempFile("kb-attach", ".png");
        file.deleteOnExit();
        Files.write(file.toPath(), PNG);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage page = Browser.open(browser, root, "/kb/" + path);
            HtmlForm form = page.getFirstByXPath("//form[@action='/kb/" + path + "/attachments']");
            assertNotNull(form, page.asNormalizedText());
            HtmlFileInput input = form.getInputByName("file");
            input.setFiles(file);
            HtmlPage after = form.getFirstByXPath(".//button[@type='submit']") instanceof org.htmlunit.html.HtmlButton b
                    ? b.click() : null;
            assertNotNull(after);
            assertEquals(200, after.getWebResponse().getStatusCode(), after.asNormalizedText());
            assertTrue(after.asNormalizedText().contains(file.getName()), after.asNormalizedText());
        }
        List<AttachmentInfo> listed = knowledgeBase.attachments(path, MEMBER);
        assertEquals(1, listed.size());
        assertEquals("image/png", listed.get(0).contentType());
        // nobody signed in gets no form
        given().get("/kb/" + path).then().body(org.hamcrest.Matchers.not(containsString("multipart/form-data")));
    }

    @Test
    void anUploadToAPublicPageRenewsWhatVisitorsAreServed() {
        String path = publicPageAt("fresh");
        given().get("/kb/" + path).then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("fresh.txt")));
        upload("member", path, "fresh.txt", "new".getBytes(StandardCharsets.UTF_8), "text/plain").then()
                .statusCode(201);
        given().get("/kb/" + path).then().statusCode(200).body(containsString("fresh.txt"));
    }

    @Test
    void noPageMayTakeAnAttachmentsAddress() {
        for (String path : List.of("guides/attachments", "guides/attachments/plan-pdf")) {
            var refused = org.junit.jupiter.api.Assertions.assertThrows(
                    st.libreho.platform.InvalidInputException.class,
                    () -> knowledgeBase.save(path, publicPage("Taken", "x"), null, MEMBER));
            assertEquals("path", refused.problems().get(0).field());
        }
    }

    @Test
    void theFormRefusesAFileOverTheLimitNamingIt() throws Exception {
        String path = publicPageAt("formlimit");
        File file = File.createTempFile("kb-big", ".bin");
        file.deleteOnExit();
        Files.write(file.toPath(), new byte[64 * 1024 + 1]);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage page = Browser.open(browser, root, "/kb/" + path);
            HtmlForm form = page.getFirstByXPath("//form[@action='/kb/" + path + "/attachments']");
            HtmlFileInput input = form.getInputByName("file");
            input.setFiles(file);
            org.htmlunit.html.HtmlButton button = form.getFirstByXPath(".//button[@type='submit']");
            org.htmlunit.Page after = button.click();
            assertEquals(422, after.getWebResponse().getStatusCode());
            String text = after.getWebResponse().getContentAsString();
            assertTrue(text.contains("file") && text.contains("too large"), text);
        }
        assertTrue(knowledgeBase.attachments(path, MEMBER).isEmpty());
    }

    @Test
    void namesAreMadeSafe() {
        assertEquals("passwd", Attachments.normaliseName("../../etc/passwd"));
        assertEquals("evil.exe", Attachments.normaliseName("C:\\Users\\x\\evil.exe"));
        assertEquals("hidden", Attachments.normaliseName("...hidden"));
        assertEquals("a-b.txt", Attachments.normaliseName("a<b.txt"));
        assertEquals("", Attachments.normaliseName("..."));
        assertEquals(100, Attachments.normaliseName("x".repeat(300) + ".png").length());
        assertEquals("Café.pdf", Attachments.normaliseName("Café.pdf"));
    }
}
