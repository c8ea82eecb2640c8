package st.libreho.kb.internal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageEdit;
import st.libreho.kb.Visibility;
import st.libreho.kb.WikiFixtures;
import st.libreho.platform.testing.Browser;

/**
 * Tags as readers and editors meet them: on a page, as links to the pages with the tag; the tag's page and the list
 * of tags, which hold members-only pages for members only; the editor's field, which keeps what was typed when a tag
 * is refused; the search's filter; and an old revision's tags.
 */
@QuarkusTest
class TagsWebTest {

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

    private static PageEdit page(String title, Visibility visibility, String... tags) {
        return new PageEdit(title, "Text of " + title + ".\n", "en", visibility, null, List.of(tags));
    }

    @Test
    void aPagesTagsLeadToTheTagsPagesWhichHoldMembersPagesForMembersOnly() throws Exception {
        String tag = uniquePath("runbook");
        String open = uniquePath("open");
        String hidden = uniquePath("hidden");
        knowledgeBase.save(open, page("Open runbook", Visibility.PUBLIC, tag, "email"), null, MEMBER);
        knowledgeBase.save(hidden, page("Hidden runbook", Visibility.MEMBERS, tag), null, MEMBER);

        given().get("/kb/" + open).then().statusCode(200)
                .body(containsString("<a class=\"badge\" href=\"/kb/tags/" + tag + "\" rel=\"tag\">" + tag + "</a>"))
                .body(containsString("href=\"/kb/tags/email\""));
        given().get("/kb/tags/" + tag).then().statusCode(200)
                .body(containsString("Pages tagged “" + tag + "”"))
                .body(containsString("<a href=\"/kb/" + open + "\">Open runbook</a>"))
                .body(not(containsString("Hidden runbook")));
        given().get("/kb/tags").then().statusCode(200)
                .body(containsString("href=\"/kb/tags/" + tag + "\" rel=\"tag\">" + tag
                        + "</a> <span class=\"tag-count\">(1)</span>"));
        given().redirects().follow(false).get("/kb/tags/" + tag.toUpperCase()).then().statusCode(307)
                .header("Location", containsString("/kb/tags/" + tag));
        given().get("/kb/tags/" + uniquePath("never-used")).then().statusCode(404)
                .body(containsString("No page you may read has the tag"));
        given().header("Accept-Language", "fr").get("/kb/tags/" + tag).then().statusCode(200)
                .body(containsString("Pages étiquetées « " + tag + " »"));

        try (WebClient member = Browser.signedIn(root, "member")) {
            HtmlPage tagged = Browser.open(member, root, "/kb/tags/" + tag);
            assertEquals(200, tagged.getWebResponse().getStatusCode());
            assertTrue(tagged.asNormalizedText().contains("Hidden runbook"), tagged.asNormalizedText());
            assertTrue(Browser.open(member, root, "/kb/tags").asNormalizedText().contains(tag + " (2)"));
        }
        // a tag only members-only pages have is no tag for anyone else
        String secretTag = uniquePath("secret-tag");
        knowledgeBase.save(uniquePath("hidden"), page("Secret", Visibility.MEMBERS, secretTag), null, MEMBER);
        given().get("/kb/tags/" + secretTag).then().statusCode(404).body(not(containsString("Secret")));
        given().get("/kb/tags").then().body(not(containsString(secretTag)));
    }

    @Test
    void aBadTagIsNamedBesideTheTagsFieldAndWhatWasTypedIsKept() throws Exception {
        String path = uniquePath("editing");
        knowledgeBase.save(path, page("Editing", Visibility.PUBLIC, "backup"), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            HtmlPage edit = Browser.open(browser, root, "/kb/" + path + "/edit");
            HtmlForm form = edit.getFirstByXPath("//form[@action='/kb/" + path + "/edit']");
            assertEquals("backup", form.getInputByName("tags").getValue());
            form.getTextAreaByName("markdown").setText("A new text, kept.");
            form.getInputByName("tags").setValue("backup, Sécurité");

            HtmlPage refused = form.<HtmlButton> getFirstByXPath(".//button[@value='save']").click();

            assertEquals(400, refused.getWebResponse().getStatusCode());
            String error = refused.getHtmlElementById("tags-error").getTextContent();
            assertTrue(error.contains("“sécurité” is not a tag; “securite” would do"), error);
            assertTrue(refused.asNormalizedText().contains("Tags"), "the summary names the field");
            HtmlForm kept = refused.getFirstByXPath("//form[@action='/kb/" + path + "/edit']");
            assertEquals("A new text, kept.", kept.getTextAreaByName("markdown").getText());
            assertEquals("backup, Sécurité", kept.getInputByName("tags").getValue());
            assertEquals(1, knowledgeBase.page(path, MEMBER).orElseThrow().revision(), "nothing saved");

            kept.getInputByName("tags").setValue("backup securite  TLS,,");
            HtmlPage saved = kept.<HtmlButton> getFirstByXPath(".//button[@value='save']").click();
            assertEquals("/kb/" + path, saved.getUrl().getPath());
            assertNotNull(saved.getFirstByXPath("//ul[contains(@class,'tags')]//a[@href='/kb/tags/tls']"));
        }
        assertEquals(List.of("backup", "securite", "tls"), knowledgeBase.page(path, MEMBER).orElseThrow().tags());

        // an old revision shows its own tags, and the diff says how they changed
        given().get("/kb/" + path + "/revisions/1").then().statusCode(200)
                .body(containsString("href=\"/kb/tags/backup\"")).body(not(containsString("href=\"/kb/tags/tls\"")));
        given().get("/kb/" + path + "/diff?from=1&to=2").then().statusCode(200)
                .body(containsString("Tags: backup became backup, securite, tls"));
    }

    @Test
    void theFrenchEditorNamesABadTagInFrench() throws Exception {
        String path = uniquePath("francais");
        knowledgeBase.save(path, page("Français", Visibility.PUBLIC), null, MEMBER);
        try (WebClient browser = Browser.signedIn(root, "member")) {
            browser.addRequestHeader("Accept-Language", "fr");
            HtmlForm form = Browser.open(browser, root, "/kb/" + path + "/edit")
                    .getFirstByXPath("//form[@action='/kb/" + path + "/edit']");
            form.getInputByName("tags").setValue("a".repeat(41));
            HtmlPage refused = form.<HtmlButton> getFirstByXPath(".//button[@value='save']").click();
            assertEquals(400, refused.getWebResponse().getStatusCode());
            String error = refused.getHtmlElementById("tags-error").getTextContent();
            assertTrue(error.contains("d'au plus 40 caractères"), error);
        }
    }

    @Test
    void theSearchPageFiltersByTag() {
        String tag = uniquePath("filter");
        String word = "zq" + tag.substring(tag.lastIndexOf('-') + 1);
        String tagged = uniquePath("tagged");
        String untagged = uniquePath("untagged");
        knowledgeBase.save(tagged, new PageEdit("Tagged " + word, "About " + word + ".\n", "en", Visibility.PUBLIC,
                null, List.of(tag)), null, MEMBER);
        knowledgeBase.save(untagged, new PageEdit("Untagged " + word, "About " + word + ".\n", "en",
                Visibility.PUBLIC, null), null, MEMBER);

        given().queryParam("q", word).get("/kb/search").then().statusCode(200)
                .body(containsString("href=\"/kb/" + tagged + "\"")).body(containsString("href=\"/kb/" + untagged
                        + "\""));
        given().queryParam("q", word).queryParam("tag", tag).get("/kb/search").then().statusCode(200)
                .body(containsString("href=\"/kb/" + tagged + "\""))
                .body(not(containsString("href=\"/kb/" + untagged + "\"")))
                .body(containsString("Only the pages tagged “" + tag + "”."))
                .body(containsString("<input type=\"hidden\" name=\"tag\" value=\"" + tag + "\">"));
        given().queryParam("tag", tag).get("/kb/search").then().statusCode(200)
                .body(containsString("href=\"/kb/" + tagged + "\"")).body(containsString("Pages: 1"));
    }
}
