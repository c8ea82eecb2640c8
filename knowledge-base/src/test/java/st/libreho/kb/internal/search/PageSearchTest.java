package st.libreho.kb.internal.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.kb.SearchHit;
import st.libreho.platform.Page;

/**
 * Search, through the facade's engine, the API and the page, finds pages whatever accents the words were typed with, stems French and English, weighs titles above
 * texts, shows members-only pages to members only, and never lets a page's text out of its snippet unescaped. The
 * pages are written straight into the tables, as any code would: the database indexes them itself at commit.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSearchTest {

    @Inject
    PageSearch search;

    @Inject
    DataSource dataSource;

    /** A word no other test's page holds, so that each test counts only its own pages. */
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeAll
    void pages() throws SQLException {
        page("securite-" + marker, "Sécurité des données", "fr", "PUBLIC",
                "Chiffrer les sauvegardes et changer les mots de passe. " + marker);
        page("plain-" + marker, "Plain notes", "en", "PUBLIC",
                "Our securite checklist, typed without accents. " + marker);
        page("backups-" + marker, "Backups", "en", "PUBLIC", "How we are backing up every night. " + marker);
        page("title-" + marker, "Sauvegardes", "fr", "PUBLIC", "Une page courte. " + marker);
        page("body-" + marker, "Divers", "fr", "PUBLIC",
                "Beaucoup de texte sans rapport, puis une fois le mot sauvegardes. " + marker);
        page("members-" + marker, "Réunion interne", "fr", "MEMBERS", "Compte rendu confidentiel. " + marker);
        page("hostile-" + marker, "Hostile", "en", "PUBLIC",
                "<script>alert(1)</script> a marker word " + marker + " & more");
    }

    private void page(String path, String title, String language, String visibility, String markdown)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kb.page (path, title, language,"
                    + " visibility, current_revision, created_at, updated_at) VALUES (?, ?, ?, ?, 1, now(), now())"
                    + " RETURNING id")) {
                insert.setString(1, path);
                insert.setString(2, title);
                insert.setString(3, language);
                insert.setString(4, visibility);
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    id = result.getLong(1);
                }
            }
            try (PreparedStatement revision = connection.prepareStatement("INSERT INTO kb.revision (page_id, number,"
                    + " kind, title, markdown, language, visibility, author_name, created_at)"
                    + " VALUES (?, 1, 'CREATED', ?, ?, ?, ?, 'test', now())")) {
                revision.setLong(1, id);
                revision.setString(2, title);
                revision.setString(3, markdown);
                revision.setString(4, language);
                revision.setString(5, visibility);
                revision.executeUpdate();
            }
            connection.commit();
        }
    }

    private List<String> paths(String text, boolean member) {
        return search.search(text, member, 1, 50).items().stream().map(SearchHit::path)
                .filter(path -> path.endsWith(marker)).toList();
    }

    @Test
    void aTextOfAMillionCharactersOfDistinctWordsIsSavedAndFoundByItsTitle() throws SQLException {
        // distinct Cyrillic words: the tsvector of the whole text would pass PostgreSQL's 1 MB limit at commit
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 999_000; i++) {
            for (char c : Integer.toString(i, 32).toCharArray()) {
                text.append((char) ('а' + Character.digit(c, 32)));
            }
            text.append(' ');
        }
        page("huge-" + marker, "Огромная страница", "ru", "PUBLIC", text.toString());

        assertTrue(paths("огромная", false).contains("huge-" + marker));
    }

    @Test
    void securiteFindsTheFrenchPageTitledSecuriteWithItsAccents() {
        assertTrue(paths("securite", false).contains("securite-" + marker));
        assertTrue(paths("SECURITE", false).contains("securite-" + marker));
        assertTrue(paths("sécurité", false).contains("securite-" + marker));
    }

    @Test
    void accentsTypedFindTheWordWrittenWithout() {
        assertTrue(paths("sécurité", false).contains("plain-" + marker));
    }

    @Test
    void frenchAndEnglishWordsAreFoundByTheirStem() {
        assertTrue(paths("backup", false).contains("backups-" + marker), "English: backup finds Backups");
        assertTrue(paths("sauvegarde", false).contains("title-" + marker), "French: sauvegarde finds Sauvegardes");
    }

    @Test
    void aTitleWeighsMoreThanAText() {
        List<String> found = paths("sauvegardes", false);
        assertTrue(found.indexOf("title-" + marker) >= 0 && found.indexOf("body-" + marker) >= 0, found.toString());
        assertTrue(found.indexOf("title-" + marker) < found.indexOf("body-" + marker), found.toString());
    }

    @Test
    void membersOnlyPagesAreFoundByMembersOnly() {
        assertFalse(paths("confidentiel", false).contains("members-" + marker));
        assertTrue(paths("confidentiel", true).contains("members-" + marker));
        assertEquals(paths(marker, false).size() + 1, paths(marker, true).size());
    }

    @Test
    void aSnippetHighlightsTheWordsAndEscapesThePage() {
        SearchHit hit = search.search(marker + " hostile", false, 1, 10).items().stream()
                .filter(found -> found.path().equals("hostile-" + marker)).findFirst().orElseThrow();
        assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
        assertFalse(hit.snippet().contains("<script>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;") || !hit.snippet().contains("script"), hit.snippet());
    }

    @Test
    void resultsComeInPages() {
        Page<SearchHit> first = search.search(marker, true, 1, 3);
        Page<SearchHit> third = search.search(marker, true, 3, 3);
        assertEquals(7, first.total());
        assertEquals(3, first.items().size());
        assertEquals(1, third.items().size());
    }

    @Test
    void theApiServesHitsWithPathTitleLanguageSnippetAndRank() {
        given().queryParam("q", "securite " + marker).get("/api/v1/pages").then().statusCode(200)
                .body("items.path", hasItem("securite-" + marker))
                .body("items.find { it.path == 'securite-" + marker + "' }.title", equalTo("Sécurité des données"))
                .body("items.find { it.path == 'securite-" + marker + "' }.language", equalTo("fr"))
                .body("items.find { it.path == 'securite-" + marker + "' }.snippet", containsString("<mark>"))
                .body("items.find { it.path == 'securite-" + marker + "' }.rank", greaterThan(0f));
        given().queryParam("q", "confidentiel " + marker).get("/api/v1/pages").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/pages").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theSearchPageListsHitsWithEscapedSnippetsInBothLanguages() {
        given().header("Accept-Language", "fr").queryParam("q", "sécurité " + marker).get("/kb/search").then()
                .statusCode(200).body(containsString("<a href=\"/kb/securite-" + marker
                        + "\">Sécurité des données</a>"))
                .body(containsString("Pages trouvées pour"));
        given().header("Accept-Language", "en").queryParam("q", "hostile " + marker).get("/kb/search").then()
                .statusCode(200).body(containsString("Pages found for"))
                .body(containsString("<mark>")).body(not(containsString("<script>alert")));
        given().header("Accept-Language", "en").queryParam("q", "nothing-like-this-" + marker).get("/kb/search")
                .then().statusCode(200).body(containsString("Nothing found for"));
    }

    @Test
    void aSnippetIsEscapedAndOnlyTheSearchsMarksBecomeHtml() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <mark>word</mark> &amp; &quot;more&quot;",
                Snippets.html("<script>alert(1)</script> " + PageSearch.MARK_START + "word" + PageSearch.MARK_END
                        + " & \"more\""));
        assertEquals("Titre puis texte", Snippets.html("## Titre\n- puis [[texte]]"));
        assertEquals("voir le guide et chiffrement", Snippets.html("voir [[guides/x|le guide]] et [[chiffrement]]"));
    }

    @Test
    void aQueryWithOnlyPunctuationFindsNothingAndFailsNothing() {
        assertEquals(0, search.search("&|!():*", false, 1, 10).total());
    }
}
