package st.libreho.kb.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.OTHER_MEMBER;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.membersPage;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.net.URL;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageView;
import st.libreho.kb.WikiFixtures;
import st.libreho.platform.testing.Browser;

/** The wiki's pages as people use them: reading, creating with a preview, editing while someone else does. */
@QuarkusTest
class WikiPagesTest {

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

    private static HtmlForm editor(HtmlPage page, String path) {
        HtmlForm form = page.getFirstByXPath("//form[@action='/kb/" + path + "/edit']");
        assertNotNull(form, "no editor on " + page.getUrl() + ":\n" + page.asNormalizedText());
        return form;
    }

    private static HtmlPage press(HtmlForm form, String action) throws Exception {
        HtmlButton button = form.getFirstByXPath(".//button[@value='" + action + "']");
        return button.click();
    }

    private PageView page(String path) {
        return knowledgeBase.page(path, MEMBER).orElseThrow();
    }

    @Test
    void aMemberCreatesAPageFromItsMissingAddressWithAPreviewAndAnyoneReadsIt() throws Exception {
        String path = "guides/" + uniquePath("backups");
        given().get("/kb/" + path).then().statusCode(404)
                .body(containsString("There is no page here"))
                .body(not(containsString("Create this page")));
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage missing = Browser.open(browser, root, "/kb/" + path);
            assertEquals(404, missing.getWebResponse().getStatusCode());
            HtmlPage edit = missing.getAnchorByText("Create this page").click();
            HtmlForm form = editor(edit, path);
            assertEquals("Backups " + path.substring(path.lastIndexOf('-') + 1),
                    form.getInputByName("title").getValue(), "a title guessed from the address");
            form.getInputByName("title").setValue("Backups, step by step");
            form.getTextAreaByName("markdown").setText("Intro.\n\n## Nightly dumps\n\nSee [[guides/restore]].");

            HtmlPage preview = press(form, "preview");
            assertEquals(200, preview.getWebResponse().getStatusCode());
            assertNotNull(preview.getFirstByXPath("//section[@class='preview']//h2[@id='nightly-dumps']"));
            assertNull(knowledgeBase.page(path, MEMBER).orElse(null), "a preview saves nothing");
            HtmlForm again = editor(preview, path);
            assertEquals("Intro.\n\n## Nightly dumps\n\nSee [[guides/restore]].",
                    again.getTextAreaByName("markdown").getText());

            HtmlPage saved = press(again, "save");
            assertEquals("/kb/" + path, saved.getUrl().getPath());
            assertTrue(saved.asNormalizedText().contains("Your changes were saved."));
            assertNotNull(saved.getFirstByXPath("//a[@href='/kb/" + path + "/edit']"), "members may edit");
            // the link to a page not written yet is marked, and offered for creation
            assertNotNull(saved.getFirstByXPath("//article//a[@class='wiki-link missing']"));
            assertNotNull(saved.getFirstByXPath("//a[@href='/kb/guides/restore/edit']"));
        }
        given().get("/kb/" + path).then().statusCode(200)
                .body(containsString("<h1>Backups, step by step</h1>"))
                .body(containsString("<a href=\"#nightly-dumps\">Nightly dumps</a>"))
                .body(containsString("last changed by"))
                .body(not(containsString("/edit\"")))
                .body(not(containsString("csrf-token")));
    }

    @Test
    void thePreviewShowsAttachedImagesAndMissingLinksAsTheSavedPageWillAndTheTextsLimit() throws Exception {
        String path = "guides/" + uniquePath("preview");
        String there = uniquePath("there");
        knowledgeBase.save(there, publicPage("There", "x"), null, MEMBER);
        knowledgeBase.save(path, publicPage("Preview", "Text.\n"), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = editor(Browser.open(browser, root, "/kb/" + path + "/edit"), path);
            String nowhere = uniquePath("nowhere");
            form.getTextAreaByName("markdown").setText("![Plan](attachments/plan.png)\n\n[[" + there + "]] [["
                    + nowhere + "]]");

            HtmlPage preview = press(form, "preview");

            assertEquals(200, preview.getWebResponse().getStatusCode());
            assertNotNull(preview.getFirstByXPath("//section[@class='preview']//img[@src='/kb/" + path
                    + "/attachments/plan.png']"), preview.asXml());
            assertNotNull(preview.getFirstByXPath("//section[@class='preview']//a[@href='/kb/" + nowhere
                    + "' and @class='wiki-link missing']"), preview.asXml());
            assertNotNull(preview.getFirstByXPath("//section[@class='preview']//a[@href='/kb/" + there
                    + "' and @class='wiki-link']"), preview.asXml());

            HtmlForm again = editor(preview, path);
            String tooLong = "x".repeat(1_000_001);
            again.getTextAreaByName("markdown").setText(tooLong);
            HtmlPage refused = press(again, "preview");
            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("markdown-error").getTextContent().contains("1,000,000"),
                    refused.getHtmlElementById("markdown-error").getTextContent());
            assertNull(refused.getFirstByXPath("//section[@class='preview']"));
            assertEquals(tooLong.length(), editor(refused, path).getTextAreaByName("markdown").getText().length(),
                    "the text typed is kept");
        }
    }

    @Test
    void whenSomeoneSavedTheSameLinesMeanwhileTheFormComesBackWithTheTextTyped() throws Exception {
        String path = uniquePath("conflicting");
        String original = lines(10);
        knowledgeBase.save(path, publicPage("Conflicting", original), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = editor(Browser.open(browser, root, "/kb/" + path + "/edit"), path);
            assertEquals("1", form.getInputByName("baseRevision").getValue());
            knowledgeBase.save(path, publicPage("Conflicting", replaceLine(original, 5, "Theirs, line five.")), 1,
                    OTHER_MEMBER);
            String mine = replaceLine(original, 5, "Mine, line five.");
            form.getTextAreaByName("markdown").setText(mine);
            form.getInputByName("summary").setValue("my careful change");

            HtmlPage conflict = press(form, "save");

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            String text = conflict.asNormalizedText();
            assertTrue(text.contains("Someone else changed this page while you were editing"), text);
            HtmlForm kept = editor(conflict, path);
            assertEquals(mine, kept.getTextAreaByName("markdown").getText(), "the person's text is kept");
            assertEquals("my careful change", kept.getInputByName("summary").getValue());
            assertEquals("2", kept.getInputByName("baseRevision").getValue(), "based on the current revision now");
            HtmlTextArea theirs = conflict.getHtmlElementById("theirs");
            assertTrue(theirs.getText().contains("Theirs, line five."));
            assertNotNull(conflict.getFirstByXPath("//table[@class='diff']//ins[text()='Mine']"));
            assertEquals(replaceLine(original, 5, "Theirs, line five."), page(path).markdown(), "nothing saved");

            // resolved: both sentences on the line, saved from the current revision
            kept.getTextAreaByName("markdown").setText(replaceLine(original, 5, "Theirs, line five. Mine too."));
            HtmlPage saved = press(kept, "save");
            assertEquals("/kb/" + path, saved.getUrl().getPath());
        }
        assertTrue(page(path).markdown().contains("Theirs, line five. Mine too."));
        assertEquals(3, page(path).revision());
    }

    @Test
    void aStaleFormWhosePageMovedAwayNeverSavesIntoThePageThatTookItsAddress() throws Exception {
        String path = uniquePath("taken-over");
        String original = lines(10);
        knowledgeBase.save(path, publicPage("Mine", original), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = editor(Browser.open(browser, root, "/kb/" + path + "/edit"), path);
            String movedTo = uniquePath("went-away");
            knowledgeBase.move(path, movedTo, null, OTHER_MEMBER);
            knowledgeBase.save(path, publicPage("Newcomer", original), null, OTHER_MEMBER);
            String mine = replaceLine(original, 4, "Mine, line four.");
            form.getTextAreaByName("markdown").setText(mine);

            HtmlPage conflict = press(form, "save");

            assertEquals(409, conflict.getWebResponse().getStatusCode());
            String text = conflict.asNormalizedText();
            assertTrue(text.contains("Another page is at this address now"), text);
            HtmlForm kept = editor(conflict, path);
            assertEquals(mine, kept.getTextAreaByName("markdown").getText(), "the person's text is kept");
            assertEquals(page(path).pageToken(), kept.getInputByName("page").getValue(),
                    "saving again changes the page here now, knowingly");
            assertEquals("1", kept.getInputByName("baseRevision").getValue());
            HtmlTextArea theirs = conflict.getHtmlElementById("theirs");
            assertEquals(original, theirs.getText());
            assertEquals(original, page(path).markdown(), "nothing saved into the newcomer");
            assertEquals(1, page(path).revision());
            assertEquals(original, page(movedTo).markdown());
        }
    }

    @Test
    void aSaveOverOthersChangesToOtherLinesIsMergedAndThePageSaysSo() throws Exception {
        String path = uniquePath("merging");
        String original = lines(10);
        knowledgeBase.save(path, publicPage("Merging", original), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = editor(Browser.open(browser, root, "/kb/" + path + "/edit"), path);
            knowledgeBase.save(path, publicPage("Merging", replaceLine(original, 9, "Theirs, line nine.")), 1,
                    OTHER_MEMBER);
            form.getTextAreaByName("markdown").setText(replaceLine(original, 2, "Mine, line two."));

            HtmlPage merged = press(form, "save");

            assertEquals(200, merged.getWebResponse().getStatusCode());
            assertEquals("/kb/" + path, merged.getUrl().getPath());
            assertTrue(merged.asNormalizedText().contains("Someone else saved changes to this page while you "
                    + "were editing"), merged.asNormalizedText());
            assertTrue(merged.asNormalizedText().contains("Theirs, line nine."));
            assertTrue(merged.asNormalizedText().contains("Mine, line two."));
        }
    }

    @Test
    void historyDiffAndAnOldRevisionWhichAMemberRestores() throws Exception {
        String path = uniquePath("history");
        knowledgeBase.save(path, publicPage("History", "Backups run at night.\n"), null, MEMBER);
        knowledgeBase.save(path, new st.libreho.kb.PageEdit("History", "Backups run at noon.\n", "en",
                st.libreho.kb.Visibility.PUBLIC, "earlier is busier"), 1, OTHER_MEMBER);

        given().get("/kb/" + path + "/history").then().statusCode(200)
                .body(containsString("Revision 2")).body(containsString("Revision 1"))
                .body(containsString("earlier is busier")).body(containsString("by Max Member"))
                .body(containsString("created the page"))
                .body(containsString("href=\"/kb/" + path + "/diff?from=1&amp;to=2\""));
        given().get("/kb/" + path + "/diff?from=1&to=2").then().statusCode(200)
                .body(containsString("<del>night</del>")).body(containsString("<ins>noon</ins>"))
                .body(containsString("From revision 1 to revision 2"));
        given().get("/kb/" + path + "/revisions/1").then().statusCode(200)
                .body(containsString("Backups run at night."))
                .body(containsString("This is an old revision of the page"))
                .body(not(containsString("/revert\"")));

        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage old = Browser.open(browser, root, "/kb/" + path + "/revisions/1");
            HtmlForm revert = old.getFirstByXPath("//form[@action='/kb/" + path + "/revert']");
            revert.getInputByName("summary").setValue("night it is");
            HtmlPage restored = revert.<HtmlButton> getFirstByXPath(".//button").click();
            assertEquals("/kb/" + path, restored.getUrl().getPath());
            assertTrue(restored.asNormalizedText().contains("Backups run at night."));
        }
        given().get("/kb/" + path + "/history").then()
                .body(containsString("restored revision 1")).body(containsString("night it is"));
    }

    @Test
    void everyChangesLinkAVisitorIsShownLeadsToADiffTheyMayRead() {
        String path = uniquePath("diff-links");
        knowledgeBase.save(path, publicPage("Diff links", "Public.\n"), null, MEMBER);
        knowledgeBase.save(path, membersPage("Diff links", "Members only.\n"), 1, MEMBER);
        knowledgeBase.save(path, publicPage("Diff links", "Public again.\n"), 2, MEMBER);

        String history = given().get("/kb/" + path + "/history").then().statusCode(200).extract().asString();
        String changes = given().get("/kb/changes?page=1").then().statusCode(200).extract().asString();
        for (String page : new String[] { history, changes }) {
            assertTrue(page.contains("href=\"/kb/" + path + "/diff?from=1&amp;to=3\""), page);
            assertFalse(page.contains("/kb/" + path + "/diff?from=2"), "revision 2 is members-only");
            java.util.regex.Matcher links = java.util.regex.Pattern
                    .compile("href=\"(/kb/" + java.util.regex.Pattern.quote(path) + "/diff\\?[^\"]*)\"").matcher(page);
            while (links.find()) {
                given().get(links.group(1).replace("&amp;", "&")).then().statusCode(200);
            }
        }
    }

    @Test
    void aMembersOnlyPageIsTheSamePageNotFoundForEveryoneElse() throws Exception {
        String path = uniquePath("members-only");
        String never = uniquePath("never-written");
        knowledgeBase.save(path, membersPage("Secret handbook", "Members only.\n"), null, MEMBER);

        String notFound = given().get("/kb/" + never).then().statusCode(404).extract().asString()
                .replace(never, "PATH");
        String hidden = given().get("/kb/" + path).then().statusCode(404).extract().asString().replace(path, "PATH");
        assertEquals(notFound, hidden, "a members-only page reads exactly as a page never written");
        given().get("/kb/" + path + "/history").then().statusCode(404);
        given().get("/kb/" + path + "/revisions/1").then().statusCode(404);
        given().get("/kb/changes").then().statusCode(200).body(not(containsString("Secret handbook")));

        try (WebClient person = Browser.signedIn(root, "person")) {
            HtmlPage page = Browser.open(person, root, "/kb/" + path);
            assertEquals(404, page.getWebResponse().getStatusCode());
            assertFalse(page.asNormalizedText().contains("Secret handbook"));
            assertEquals(403, Browser.open(person, root, "/kb/" + path + "/edit").getWebResponse().getStatusCode());
            assertEquals(403, Browser.open(person, root, "/kb/" + never + "/edit").getWebResponse()
                    .getStatusCode());
            assertFalse(Browser.open(person, root, "/kb/changes").asNormalizedText().contains("Secret handbook"));
        }
        try (WebClient member = Browser.signedIn(root, "member")) {
            HtmlPage page = Browser.open(member, root, "/kb/" + path);
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("Members only"));
            assertTrue(Browser.open(member, root, "/kb/changes").asNormalizedText().contains("Secret handbook"));
        }
    }

    @Test
    void aMemberMovesAPageAndItsOldAddressLeadsToIt() throws Exception {
        String path = uniquePath("before");
        String taken = uniquePath("taken");
        String target = "guides/" + uniquePath("after");
        knowledgeBase.save(path, publicPage("Moving", "Text.\n"), null, MEMBER);
        knowledgeBase.save(taken, publicPage("Taken", "Text.\n"), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm move = Browser.open(browser, root, "/kb/" + path + "/move")
                    .getFirstByXPath("//form[@action='/kb/" + path + "/move']");
            move.getInputByName("newPath").setValue(taken);
            HtmlPage refused = move.<HtmlButton> getFirstByXPath(".//button").click();
            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("newPath-error").getTextContent().contains("already holds a page"));

            HtmlForm again = refused.getFirstByXPath("//form[@action='/kb/" + path + "/move']");
            again.getInputByName("newPath").setValue(target);
            HtmlPage moved = again.<HtmlButton> getFirstByXPath(".//button").click();
            assertEquals("/kb/" + target, moved.getUrl().getPath());
        }
        given().redirects().follow(false).get("/kb/" + path).then().statusCode(307)
                .header("Location", containsString("/kb/" + target));
        given().get("/kb/" + path).then().statusCode(200).body(containsString("<h1>Moving</h1>"));
        given().get("/kb/" + target + "/history").then().body(containsString("moved the page from /kb/" + path));
    }

    @Test
    void theHomeListsTopLevelPagesAndAMemberStartsANewPageFromIt() throws Exception {
        String top = uniquePath("top");
        knowledgeBase.save(top, publicPage("Top " + top, "Text.\n"), null, MEMBER);
        knowledgeBase.save(top + "/child", publicPage("Child of " + top, "Text.\n"), null, MEMBER);
        given().get("/kb").then().statusCode(200)
                .body(containsString("href=\"/kb/" + top + "\">Top " + top + "</a>"))
                .body(not(containsString("Child of " + top)))
                .body(containsString("href=\"/kb/changes\""))
                .body(not(containsString("csrf-token")));
        given().get("/kb/" + top).then().body(containsString("Child of " + top));
        given().get("/kb/" + top + "/child").then()
                .body(containsString("<a href=\"/kb/" + top + "\">Top " + top + "</a>"));

        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm create = Browser.open(browser, root, "/kb").getFirstByXPath("//form[@action='/kb']");
            create.getInputByName("path").setValue("Guides / Sécurité des données");
            HtmlPage edit = create.<HtmlButton> getFirstByXPath(".//button").click();
            assertEquals("/kb/guides/securite-des-donnees/edit", edit.getUrl().getPath());
        }
    }

    @Test
    void anAddressNoPageCanHaveIsRefusedBeforeTheEditorOpens() throws Exception {
        String tooLong = "a".repeat(300);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            for (String path : new String[] { "export", "guides/history", tooLong }) {
                HtmlPage refused = Browser.open(browser, root, "/kb/" + path + "/edit");
                assertEquals(400, refused.getWebResponse().getStatusCode(), path);
                assertNull(refused.getFirstByXPath("//textarea[@name='markdown']"), "no editor for " + path);
                String reason = refused.getHtmlElementById("path-error").getTextContent();
                assertTrue(reason.contains("/kb/" + path + " cannot hold a page"), reason);
                // the form beside it opens the editor at another address
                assertNotNull(refused.getFirstByXPath("//form[@action='/kb']"));
            }
            assertTrue(Browser.open(browser, root, "/kb/" + tooLong + "/edit").getHtmlElementById("path-error")
                    .getTextContent().contains("at most 200 characters"));

            for (String typed : new String[] { "changes", "Tags/Backup", tooLong }) {
                HtmlForm create = Browser.open(browser, root, "/kb").getFirstByXPath("//form[@action='/kb']");
                create.getInputByName("path").setValue(typed);
                HtmlPage refused = create.<HtmlButton> getFirstByXPath(".//button").click();
                assertEquals(400, refused.getWebResponse().getStatusCode(), typed);
                assertEquals("/kb", refused.getUrl().getPath(), "the editor did not open for " + typed);
                String reason = refused.getHtmlElementById("path-error").getTextContent();
                assertTrue(reason.contains("/kb/" + knowledgeBase.normalisePath(typed) + " cannot hold a page"),
                        reason);
                assertEquals(typed, refused.<HtmlForm> getFirstByXPath("//form[@action='/kb']")
                        .getInputByName("path").getValue(), "what was typed is kept");
            }
        }
    }

    @Test
    void thePagesSpeakFrench() throws Exception {
        String path = uniquePath("francais");
        knowledgeBase.save(path, new st.libreho.kb.PageEdit("Sauvegardes", "## Chaque nuit\n\nTexte.\n", "fr",
                st.libreho.kb.Visibility.PUBLIC, null), null, MEMBER);
        knowledgeBase.save(path, new st.libreho.kb.PageEdit("Sauvegardes", "## Chaque nuit\n\nTexte revu.\n", "fr",
                st.libreho.kb.Visibility.PUBLIC, null), 1, MEMBER);

        given().header("Accept-Language", "fr").get("/kb/" + path).then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Français · modifiée en dernier par Mia Member"))
                .body(containsString("Sommaire")).body(containsString("Historique"))
                .body(containsString("<article class=\"wiki-text\" lang=\"fr\">"));
        given().header("Accept-Language", "fr").get("/kb").then()
                .body(containsString("Le savoir partagé du réseau")).body(containsString("Modifications récentes"));
        given().header("Accept-Language", "fr").get("/kb/" + path + "/history").then()
                .body(containsString("Historique de « Sauvegardes »")).body(containsString("a créé la page"));
        given().header("Accept-Language", "fr").get("/kb/" + path + "/diff?from=1&to=2").then()
                .body(containsString("De la révision 1 à la révision 2"));
        given().header("Accept-Language", "fr").get("/kb/changes").then()
                .body(containsString("<h1>Modifications récentes</h1>"));
        given().header("Accept-Language", "fr").get("/kb/" + uniquePath("absente")).then().statusCode(404)
                .body(containsString("y a pas de page ici"));

        try (WebClient browser = Browser.signedIn(root, "member")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlPage edit = Browser.open(browser, root, "/kb/" + path + "/edit");
            assertTrue(edit.asNormalizedText().contains("Modifier « Sauvegardes »"), edit.asNormalizedText());
            HtmlForm form = editor(edit, path);
            assertEquals("fr", form.getSelectByName("language").getSelectedOptions().get(0).getValueAttribute());
            assertEquals("Français", form.getSelectByName("language").getSelectedOptions().get(0).getText());
            form.getInputByName("title").setValue("");
            HtmlPage refused = press(form, "save");
            assertEquals(400, refused.getWebResponse().getStatusCode());
            assertTrue(refused.getHtmlElementById("title-error").getTextContent().contains("est obligatoire"));
            assertEquals("## Chaque nuit\n\nTexte revu.\n",
                    editor(refused, path).getTextAreaByName("markdown").getText(), "the text typed is kept");
        }
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() throws Exception {
        String path = uniquePath("guarded");
        knowledgeBase.save(path, publicPage("Guarded", "Safe.\n"), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlForm form = editor(Browser.open(browser, root, "/kb/" + path + "/edit"), path);
            form.getInputByName("csrf-token").setValue("forged");
            form.getTextAreaByName("markdown").setText("Changed by another site.");
            HtmlPage refused = press(form, "save");
            assertTrue(refused.getWebResponse().getStatusCode() >= 400);
        }
        assertEquals("Safe.\n", page(path).markdown());
    }

    @Test
    void theVisitorsKeptPageIsForgottenWhenAMemberEditsIt() {
        String path = uniquePath("kept");
        knowledgeBase.save(path, publicPage("Kept", "First words.\n"), null, MEMBER);
        for (String language : new String[] { "en", "fr" }) {
            String etag = given().header("Accept-Language", language).get("/kb/" + path).then().statusCode(200)
                    .body(containsString("First words.")).extract().header("ETag");
            given().header("Accept-Language", language).header("If-None-Match", etag).get("/kb/" + path).then()
                    .statusCode(304);
        }

        knowledgeBase.save(path, publicPage("Kept", "Second words.\n"), 1, MEMBER);

        for (String language : new String[] { "en", "fr" }) {
            given().header("Accept-Language", language).get("/kb/" + path).then().statusCode(200)
                    .body(containsString("Second words.")).body(not(containsString("First words.")));
        }
        given().get("/kb/" + path + "/history").then().body(containsString("Revision 2"));
        given().get("/kb/changes").then().body(containsString("href=\"/kb/" + path + "\""));

        // a revert and a move are changes the kept pages forget too
        knowledgeBase.revert(path, 1, 2, null, MEMBER);
        given().get("/kb/" + path).then().body(containsString("First words."));
        String moved = uniquePath("kept-moved");
        knowledgeBase.move(path, moved, null, MEMBER);
        given().redirects().follow(false).get("/kb/" + path).then().statusCode(307);
        given().get("/kb/" + moved).then().statusCode(200).body(containsString("First words."));
    }

    @Test
    void anAnonymousVisitorWhoOpensTheEditorIsAskedToSignIn() {
        given().redirects().follow(false).get("/kb/" + uniquePath("any") + "/edit").then().statusCode(302);
    }

    @Test
    void aPathWrittenOtherwiseLeadsToTheWikisWayOfWritingIt() {
        given().redirects().follow(false).get("/kb/Guides/Sécurité").then().statusCode(307)
                .header("Location", containsString("/kb/guides/securite"));
    }
}
