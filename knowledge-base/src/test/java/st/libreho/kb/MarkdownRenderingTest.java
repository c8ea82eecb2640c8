package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import st.libreho.kb.internal.markdown.MarkdownRenderer;

/** What a reader sees of a member's Markdown, through the facade other modules call. */
class MarkdownRenderingTest {

    private static final Pattern HEADING_ID = Pattern.compile("<h([1-6]) id=\"([^\"]*)\">");

    private final KnowledgeBase knowledgeBase = new KnowledgeBase(new MarkdownRenderer(), null, null, null, null, null,
            null, null);

    private String html(String markdown) {
        return knowledgeBase.render(markdown).html();
    }

    @Test
    void tablesRenderAsTablesWithTheirAlignment() {
        String html = html("""
                | Service | Price |
                |:--------|------:|
                | Mail    | 3 €   |
                """);
        assertEquals("<table><thead><tr><th align=\"left\">Service</th><th align=\"right\">Price</th></tr></thead>"
                + "<tbody><tr><td align=\"left\">Mail</td><td align=\"right\">3 €</td></tr></tbody></table>",
                html.strip());
    }

    @Test
    void headingsGetReadableAnchorsAndTheTableOfContentsListsLevelsTwoToFour() {
        RenderedMarkdown rendered = knowledgeBase.render("""
                # Guide
                ## Sécurité des données
                ### Chiffrement *au repos*
                #### `pg_dump` et sauvegardes
                ##### Détail
                Texte.

                > ## Dans une citation
                """);
        assertEquals(List.of(
                new Heading(2, "Sécurité des données", "securite-des-donnees"),
                new Heading(3, "Chiffrement au repos", "chiffrement-au-repos"),
                new Heading(4, "pg_dump et sauvegardes", "pg_dump-et-sauvegardes"),
                new Heading(2, "Dans une citation", "dans-une-citation")), rendered.tableOfContents());
        assertEquals(List.of("1 guide", "2 securite-des-donnees", "3 chiffrement-au-repos",
                "4 pg_dump-et-sauvegardes", "5 detail", "2 dans-une-citation"), headingIds(rendered.html()));
    }

    @Test
    void equalHeadingsGetIdsUniqueInThePage() {
        RenderedMarkdown rendered = knowledgeBase.render("## Notes\n## Notes\n## Notes 1\n## Notes\n");
        assertEquals(List.of("2 notes", "2 notes-1", "2 notes-1-1", "2 notes-2"), headingIds(rendered.html()));
        assertEquals(List.of("notes", "notes-1", "notes-1-1", "notes-2"),
                rendered.tableOfContents().stream().map(Heading::anchor).toList());
    }

    @Test
    void aHeadingWithoutWordsStillGetsAnId() {
        assertEquals(List.of("2 section", "2 section-1"), headingIds(html("## ???\n## ✨\n")));
    }

    @Test
    void aHeadingThatMentionsAScriptShowsItAndKeepsAPlainId() {
        RenderedMarkdown rendered = knowledgeBase.render("## Pourquoi <script> est refusé\n");
        assertEquals("<h2 id=\"pourquoi-script-est-refuse\">Pourquoi &lt;script&gt; est refusé</h2>",
                rendered.html().strip());
        assertEquals(List.of(new Heading(2, "Pourquoi <script> est refusé", "pourquoi-script-est-refuse")),
                rendered.tableOfContents());
    }

    @Test
    void codeKeepsWikiSyntaxAndScriptsAsVisibleText() {
        String html = html("""
                Inline `[[not a link]]` and `<script>`.

                ```html
                [[not a link]] <script>alert(1)</script>
                ```

                    [[indented]] <b>bold</b>
                """);
        assertEquals("""
                <p>Inline <code>[[not a link]]</code> and <code>&lt;script&gt;</code>.</p>
                <pre><code class="language-html">[[not a link]] &lt;script&gt;alert(1)&lt;/script&gt;
                </code></pre>
                <pre><code>[[indented]] &lt;b&gt;bold&lt;/b&gt;
                </code></pre>
                """, html);
    }

    @Test
    void rawHtmlIsShownAsWrittenNotInterpreted() {
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt; &lt;br&gt;</p>", html("<b>bold</b> <br>").strip());
    }

    @Test
    void linksToOtherSitesGetRelAndLinksHereDoNot() {
        String html = html("""
                [site](https://libreho.st/about "About") [plain](http://a.example/) [other](//a.example/x)
                [mail](mailto:contact@libreho.st) [page](/kb/charter) [relative](../governance) [here](#top)
                """);
        assertEquals("<p><a href=\"https://libreho.st/about\" title=\"About\" rel=\"nofollow noopener noreferrer\">"
                + "site</a> <a href=\"http://a.example/\" rel=\"nofollow noopener noreferrer\">plain</a> "
                + "<a href=\"//a.example/x\" rel=\"nofollow noopener noreferrer\">other</a>\n"
                + "<a href=\"mailto:contact&#64;libreho.st\">mail</a> <a href=\"/kb/charter\">page</a> "
                + "<a href=\"../governance\">relative</a> <a href=\"#top\">here</a></p>", html.strip());
    }

    @Test
    void imagesFromAllowedAddressesSurvive() {
        assertEquals("<p><img src=\"/logos/x.png\" alt=\"Logo\" title=\"Our logo\" /> "
                + "<img src=\"https://a.example/y.png\" alt=\"Y\" /></p>",
                html("![Logo](/logos/x.png \"Our logo\") ![Y](https://a.example/y.png)").strip());
    }

    @Test
    void aForbiddenAddressLeavesTheLinkTextAndDropsTheLink() {
        assertEquals("<p>Click me, please</p>", html("[Click me](javascript:alert(1)), please").strip());
    }

    @Test
    void wikiLinksWithAndWithoutLabel() {
        RenderedMarkdown rendered = knowledgeBase.render(
                "See [[Sécurité des données]], [[Guides/Backups|our backups]] and [[Guides / Backups|]].");
        assertEquals("<p>See <a href=\"/kb/securite-des-donnees\" class=\"wiki-link\">Sécurité des données</a>, "
                + "<a href=\"/kb/guides/backups\" class=\"wiki-link\">our backups</a> and "
                + "<a href=\"/kb/guides/backups\" class=\"wiki-link\">Guides / Backups</a>.</p>",
                rendered.html().strip());
    }

    @Test
    void wikiLinksAreListedInOrderEachOnce() {
        RenderedMarkdown rendered = knowledgeBase.render("""
                ## About [[Charter]]
                [[Members]], [[charter|the charter]], [[Members]] and `[[In code]]`.

                > [[Guides/Onboarding]]
                """);
        assertEquals(List.of("charter", "members", "guides/onboarding"), rendered.wikiLinks());
    }

    @Test
    void wikiLinkSyntaxThatNamesNoPageOrSitsInALinkStaysText() {
        RenderedMarkdown rendered = knowledgeBase.render("[[ ]] [[???]] [[a\nb]] [see [[Charter]]](/kb/x)");
        assertEquals("<p>[[ ]] [[???]] [[a\nb]] <a href=\"/kb/x\">see [[Charter]]</a></p>", rendered.html().strip());
        assertEquals(List.of(), rendered.wikiLinks());
    }

    @Test
    void wikiLinksToPathsWithOtherScriptsArePercentEncoded() {
        assertEquals("<p><a href=\"/kb/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82\" class=\"wiki-link\">Привет</a></p>",
                html("[[Привет]]").strip());
    }

    @Test
    void frenchTextKeepsItsAccentsAndPunctuation() {
        String html = html("Les données de l’hébergeur sont chiffrées « à la volée » ; où ? Œuvre, naïve, Noël, ça.");
        assertEquals("<p>Les données de l’hébergeur sont chiffrées « à la volée » ; où ? Œuvre, naïve, Noël, ça.</p>",
                html.strip());
    }

    @Test
    void listsKeepTheirNumberingAndQuotesTheirShape() {
        assertEquals("<ol start=\"3\"><li>trois</li><li>quatre</li></ol>\n<blockquote>\n<p>cité</p>\n</blockquote>\n"
                + "<hr />\n<p><em>a</em> <strong>b</strong><br />\nc</p>",
                html("3. trois\n4. quatre\n\n> cité\n\n---\n\n*a* **b**  \nc").strip());
    }

    @Test
    void noTextRendersAsNothing() {
        RenderedMarkdown rendered = knowledgeBase.render(null);
        assertEquals(new RenderedMarkdown("", List.of(), List.of()), rendered);
    }

    @Test
    void theRenderedRecordCannotBeChangedByItsReader() {
        RenderedMarkdown rendered = knowledgeBase.render("## A\n[[B]]");
        assertFalse(tryToAdd(rendered.tableOfContents(), new Heading(2, "x", "x")));
        assertFalse(tryToAdd(rendered.wikiLinks(), "x"));
    }

    private static <T> boolean tryToAdd(List<T> list, T element) {
        try {
            list.add(element);
            return true;
        } catch (UnsupportedOperationException refused) {
            return false;
        }
    }

    private static List<String> headingIds(String html) {
        Matcher heading = HEADING_ID.matcher(html);
        List<String> ids = new ArrayList<>();
        while (heading.find()) {
            ids.add(heading.group(1) + " " + heading.group(2));
        }
        assertTrue(html.split("<h[1-6]", -1).length - 1 == ids.size(), "every heading has an id: " + html);
        return ids;
    }
}
