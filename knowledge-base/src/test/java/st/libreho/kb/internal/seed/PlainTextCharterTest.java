package st.libreho.kb.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The CPP as copied from the forum, turned into Markdown whose headings, lists and paragraphs read as the text. */
class PlainTextCharterTest {

    private final String markdown = PlainTextCharter.toMarkdown(StarterPages.resource("librehosters-cpp.txt"));

    @Test
    void headingsKeepTheTextsStructure() {
        List<String> headings = markdown.lines().filter(line -> line.startsWith("#")).toList();
        assertEquals(List.of("## Solidarity and Cooperation",
                "## Free Software and Public Contributions to the Commons", "## Transparency and Fairness",
                "## Privacy and Data Portability", "## Policies and Processes", "### Public Relations",
                "### Structures of the Members", "### Functioning of the librehosters network",
                "### Processes for joining and leaving", "#### How to join the network?",
                "#### How to leave the network?", "### Code of conduct"), headings);
    }

    @Test
    void bulletsBecomeListsAndParagraphsStay() {
        assertTrue(markdown.startsWith("Librehosters form a network of cooperation and solidarity"), markdown);
        assertTrue(markdown.contains("\n- Librehosters share knowledge and techniques.\n"));
        assertTrue(markdown.contains(
                "\n- Voluntary self-removal\n- Break of commitments\n- End of member’s services\n"));
        assertTrue(markdown.contains("\n\nThis document was inspired by the CHATONS manifesto.\n"));
        assertFalse(markdown.contains("•"));
    }

    @Test
    void theTitleAndTheForumFooterAreLeftOut() {
        assertFalse(markdown.contains("CPP: Commitments"));
        assertFalse(markdown.contains("Likes"));
        assertFalse(markdown.contains("posts were split"));
    }

    @Test
    void aSmallText() {
        assertEquals("Intro.\n\n## Part\n\n- one\n- two\n\nEnd.\n",
                PlainTextCharter.toMarkdown("Title\n\nIntro.\n\nPart\n\n  • one\n\n  • two\n\nEnd.\n"));
    }
}
