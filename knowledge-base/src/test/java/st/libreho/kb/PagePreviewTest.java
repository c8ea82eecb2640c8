package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.PERSON;
import static st.libreho.kb.WikiFixtures.membersPage;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;

/** The editor's preview shows a text as the saved page will: its files, its missing links, and the same limit. */
@QuarkusTest
class PagePreviewTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Directory directory;

    @BeforeEach
    void memberIsAMember() {
        WikiFixtures.members(directory);
    }

    @Test
    void aPreviewShowsTheFilesAndTheMissingLinksAsTheSavedPageWill() {
        String path = "guides/" + uniquePath("previewed");
        String there = uniquePath("there");
        String hidden = uniquePath("hidden");
        String moved = uniquePath("moved");
        knowledgeBase.save(there, publicPage("There", "x"), null, MEMBER);
        knowledgeBase.save(hidden, membersPage("Hidden", "x"), null, MEMBER);
        knowledgeBase.save(moved, publicPage("Moved", "x"), null, MEMBER);
        knowledgeBase.move(moved, moved + "-now", null, MEMBER);
        String text = "![plan](attachments/plan.png) [[" + there + "]] [[" + hidden + "]] [[" + moved + "]] [["
                + uniquePath("nowhere") + "]]";

        RenderedMarkdown preview = knowledgeBase.preview(path, text, MEMBER);
        RenderedMarkdown visitors = knowledgeBase.preview(path, text, PERSON);

        assertTrue(preview.html().contains("src=\"/kb/" + path + "/attachments/plan.png\""), preview.html());
        assertEquals(1, count(preview.html(), "wiki-link missing"), preview.html());
        assertTrue(preview.html().contains("href=\"/kb/" + hidden + "\" class=\"wiki-link\""), preview.html());
        assertEquals(2, count(visitors.html(), "wiki-link missing"), "a members-only page is missing for others");
        // what the saved page shows the same reader
        knowledgeBase.save(path, publicPage("Previewed", text), null, MEMBER);
        // the file the text shows, so that the page is whole (the export checks every page's links)
        knowledgeBase.attach(path, "plan.png", "a plan".getBytes(java.nio.charset.StandardCharsets.UTF_8), MEMBER);
        assertEquals(knowledgeBase.page(path, MEMBER).orElseThrow().html(), preview.html());
        assertEquals(knowledgeBase.page(path, PERSON).orElseThrow().html(), visitors.html());
    }

    @Test
    void aTextLongerThanAPageMayHoldIsRefusedAsASaveWouldRefuseIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> knowledgeBase.preview(uniquePath("long"), "x".repeat(1_000_001), MEMBER));
        FieldProblem problem = refused.problems().get(0);
        assertEquals("markdown", problem.field());
        assertEquals("max_length", problem.code());
        assertEquals(List.of("1000000", "1000002"), problem.arguments());
        assertFalse(knowledgeBase.preview(uniquePath("long"), "y".repeat(999_999), MEMBER).html().isEmpty());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
