package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.OPERATOR;
import static st.libreho.kb.WikiFixtures.PERSON;
import static st.libreho.kb.WikiFixtures.lines;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.replaceLine;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.kb.internal.pages.CharterPages;
import st.libreho.kb.internal.seed.StarterPages;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;

/**
 * Charter pages: the CPP is there from the first start, governed and public; nobody saves, reverts or moves a
 * governed page; a member's proposal becomes current only when adopted, merged three-way, and a conflicting adoption
 * changes nothing.
 */
@QuarkusTest
class CharterPagesTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    CharterPages charterPages;

    @Inject
    StarterPages starterPages;

    @Inject
    Directory directory;

    @Inject
    DataSource dataSource;

    private String path;

    @BeforeEach
    void aGovernedPageOfTenLines() {
        WikiFixtures.members(directory);
        path = "charter/" + uniquePath("test");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> charterPages.createGoverned(path,
                publicPage("Test charter", lines(10)), Actor.platform())));
    }

    @Test
    void theHomeListsTheSectionsAboveTheSeededPages() {
        List<String> topLevel = knowledgeBase.topLevelPages(1, 100, null).items().stream()
                .map(st.libreho.kb.PageLink::path).toList();
        assertTrue(topLevel.containsAll(List.of("charter", "guides")), topLevel.toString());
        assertTrue(knowledgeBase.page("guides", null).orElseThrow().markdown().contains("[[guides/join"));
    }

    @Test
    void theCppIsSeededOnceAsAGovernedPublicPage() throws SQLException {
        PageView cpp = knowledgeBase.page(StarterPages.CPP_PATH, null).orElseThrow();
        assertEquals("Commitments, Policies and Processes", cpp.title());
        assertEquals(Visibility.PUBLIC, cpp.visibility());
        assertTrue(cpp.markdown().contains("## Solidarity and Cooperation"), cpp.markdown());
        assertTrue(cpp.markdown().contains("- Librehosters share knowledge and techniques."));
        assertTrue(knowledgeBase.isGoverned(StarterPages.CPP_PATH));
        assertEquals(1, cpp.revision());
        for (String starter : new String[] { "guides/join", "guides/share-a-configuration", "guides/decisions" }) {
            assertFalse(knowledgeBase.isGoverned(starter));
            assertEquals(1, knowledgeBase.page(starter, null).orElseThrow().revision(), starter);
        }
        assertTrue(knowledgeBase.page("guides/decisions", null).orElseThrow().markdown().contains("[[charter/cpp]]"));

        // starting again seeds nothing more
        assertFalse(starterPages.seed());
        assertEquals(1, count("select count(*) from kb.seed where name = 'starter-pages'"));
        assertEquals(1, count("select count(*) from kb.page where path = 'charter/cpp'"));
        assertEquals(1, knowledgeBase.page(StarterPages.CPP_PATH, null).orElseThrow().revision());
    }

    @Test
    void nobodySavesRevertsOrMovesAGovernedPageDirectly() {
        ForbiddenException save = assertThrows(ForbiddenException.class, () -> knowledgeBase.save(path,
                publicPage("Test charter", replaceLine(lines(10), 3, "Changed.")), 1, OPERATOR));
        assertTrue(save.getMessage().contains("governed") && save.getMessage().contains("Propose a revision"),
                save.getMessage());
        assertThrows(ForbiddenException.class, () -> knowledgeBase.revert(path, 1, 1, null, MEMBER));
        assertThrows(ForbiddenException.class, () -> knowledgeBase.move(path, path + "-moved", null, OPERATOR));
        assertThrows(ForbiddenException.class, () -> knowledgeBase.save(StarterPages.CPP_PATH,
                publicPage("CPP", "Gone."), 1, MEMBER));
        assertThrows(ForbiddenException.class, () -> knowledgeBase.attach(path, "logo.png",
                "a file the charter would show".getBytes(java.nio.charset.StandardCharsets.UTF_8), MEMBER));
        assertEquals(1, knowledgeBase.page(path, null).orElseThrow().revision());
        assertTrue(knowledgeBase.attachments(path, null).isEmpty());
    }

    @Test
    void onlyMembersProposeAndAProposalIsNotCurrent() {
        assertThrows(ForbiddenException.class, () -> knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", "Mine."), 1, PERSON));
        assertThrows(InvalidInputException.class, () -> knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", "Mine."), null, MEMBER));
        String unGoverned = uniquePath("plain");
        knowledgeBase.save(unGoverned, publicPage("Plain", "Text."), null, MEMBER);
        assertThrows(InvalidInputException.class, () -> knowledgeBase.proposeCharterRevision(unGoverned,
                publicPage("Plain", "Other."), 1, MEMBER));

        CharterProposal proposal = knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", replaceLine(lines(10), 3, "Line 3, as proposed.")), 1, MEMBER);
        assertNull(proposal.adoptedRevision());
        assertTrue(proposal.currentToProposed().stream().anyMatch(line -> line.kind() == DiffLine.Kind.ADDED));
        assertEquals(lines(10), knowledgeBase.page(path, null).orElseThrow().markdown());
        assertEquals(proposal.id(), knowledgeBase.charterProposals(path, null).orElseThrow().get(0).id());
    }

    @Test
    void anAdoptedProposalBecomesCurrentMergedAndNamesTheDecision() {
        CharterProposal first = knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", replaceLine(lines(10), 3, "Line 3, as proposed.")), 1, MEMBER);
        CharterProposal second = knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", replaceLine(lines(10), 8, "Line 8, as proposed.")), 1, MEMBER);

        assertThrows(InvalidInputException.class, () -> knowledgeBase.adoptCharterRevision(path, first.id(), " "));
        SaveResult adopted = knowledgeBase.adoptCharterRevision(path, first.id(), "decision-42");
        assertEquals(SaveOutcome.SAVED, adopted.outcome());
        assertEquals(2, adopted.saved().revision().number());
        assertEquals(RevisionKind.ADOPTED, adopted.saved().revision().kind());
        assertEquals("decision-42", adopted.saved().revision().decisionReference());

        // the second started from revision 1 too: merged three-way with the first, as a save would be
        SaveResult merged = knowledgeBase.adoptCharterRevision(path, second.id(), "decision-43");
        assertEquals(SaveOutcome.MERGED, merged.outcome());
        String text = knowledgeBase.page(path, null).orElseThrow().markdown();
        assertTrue(text.contains("Line 3, as proposed.") && text.contains("Line 8, as proposed."), text);
        assertEquals("decision-43", knowledgeBase.history(path, 1, 10, null).orElseThrow().revisions().items()
                .get(0).decisionReference());
        assertThrows(InvalidInputException.class,
                () -> knowledgeBase.adoptCharterRevision(path, first.id(), "decision-44"));
        assertEquals(3, knowledgeBase.charterProposals(path, MEMBER).orElseThrow().get(0).adoptedRevision());
    }

    @Test
    void aConflictingAdoptionChangesNothing() {
        CharterProposal first = knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", replaceLine(lines(10), 3, "Line 3, one way.")), 1, MEMBER);
        CharterProposal second = knowledgeBase.proposeCharterRevision(path,
                publicPage("Test charter", replaceLine(lines(10), 3, "Line 3, another way.")), 1, MEMBER);
        knowledgeBase.adoptCharterRevision(path, first.id(), "decision-1");

        SaveResult refused = knowledgeBase.adoptCharterRevision(path, second.id(), "decision-2");
        assertEquals(SaveOutcome.CONFLICT, refused.outcome());
        assertNull(refused.saved());
        assertTrue(refused.conflict().conflicting().contains("markdown"));
        PageView page = knowledgeBase.page(path, null).orElseThrow();
        assertEquals(2, page.revision());
        assertTrue(page.markdown().contains("Line 3, one way."));
        assertNull(knowledgeBase.charterProposals(path, MEMBER).orElseThrow().stream()
                .filter(proposal -> proposal.id() == second.id()).findFirst().orElseThrow().adoptedRevision());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
