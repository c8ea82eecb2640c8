package st.libreho.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.kb.WikiFixtures.MEMBER;
import static st.libreho.kb.WikiFixtures.membersPage;
import static st.libreho.kb.WikiFixtures.publicPage;
import static st.libreho.kb.WikiFixtures.uniquePath;

import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import st.libreho.directory.Directory;
import st.libreho.platform.testing.SqlStatements;

/**
 * A warm page view reads one indexed row: its rendering and what surrounds it are kept per revision and per version
 * of the wiki. What is kept is never shown once the page, or a page around it, has changed.
 */
@QuarkusTest
class PageViewCostTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Directory directory;

    @Inject
    SessionFactory sessionFactory;

    private String parent;
    private String path;

    @BeforeEach
    void aPageWithAParentAChildABacklinkAndAMissingLink() {
        WikiFixtures.members(directory);
        parent = uniquePath("cost");
        path = parent + "/page";
        knowledgeBase.save(parent, publicPage("Parent", "Above."), null, MEMBER);
        knowledgeBase.save(path, publicPage("Costed", "# Costed\n\n## Part\n\nSee [[" + parent + "]] and [["
                + parent + "/later]]."), null, MEMBER);
        knowledgeBase.save(path + "/child", publicPage("Child", "Links back to [[" + path + "]]."), null, MEMBER);
    }

    @Test
    void aWarmViewCostsOneStatementForAVisitorAndForAMember() {
        knowledgeBase.page(path, null);
        knowledgeBase.page(path, MEMBER);

        assertEquals(1, statements(() -> knowledgeBase.page(path, null)));
        assertEquals(1, statements(() -> knowledgeBase.page(path, MEMBER)));
    }

    @Test
    void aViewIsTheSameWhetherKeptOrRead() {
        PageView cold = knowledgeBase.page(path, null).orElseThrow();
        PageView warm = knowledgeBase.page(path, null).orElseThrow();

        assertEquals(cold, warm);
        assertEquals(List.of(parent + "/later"), warm.missingLinks());
        assertEquals(List.of(new PageLink(path + "/child", "Child")), warm.children());
    }

    @Test
    void aPageCreatedElsewhereIsNoLongerShownMissing() {
        assertTrue(knowledgeBase.page(path, null).orElseThrow().html().contains("wiki-link missing"));

        knowledgeBase.save(parent + "/later", publicPage("Later", "Now here."), null, MEMBER);

        PageView after = knowledgeBase.page(path, null).orElseThrow();
        assertEquals(List.of(), after.missingLinks());
        assertTrue(!after.html().contains("wiki-link missing"), after.html());
    }

    @Test
    void aNewBacklinkAndANewChildShowOnTheNextView() {
        knowledgeBase.page(path, null);

        knowledgeBase.save(uniquePath("elsewhere"), publicPage("Elsewhere", "Read [[" + path + "|this]]."), null,
                MEMBER);
        knowledgeBase.save(path + "/second", publicPage("Second child", "Below."), null, MEMBER);

        PageView after = knowledgeBase.page(path, null).orElseThrow();
        assertTrue(after.backlinks().stream().anyMatch(link -> link.title().equals("Elsewhere")), after::toString);
        assertTrue(after.children().contains(new PageLink(path + "/second", "Second child")), after::toString);
    }

    @Test
    void aMembersOnlyChildKeptForMembersIsNotShownToVisitors() {
        knowledgeBase.save(path + "/internal", membersPage("Internal", "For members."), null, MEMBER);

        assertTrue(knowledgeBase.page(path, MEMBER).orElseThrow().children()
                .contains(new PageLink(path + "/internal", "Internal")));
        assertTrue(knowledgeBase.page(path, null).orElseThrow().children().stream()
                .noneMatch(link -> link.path().endsWith("/internal")));
    }

    @Test
    void aFileAttachedToAMembersOnlyPageShowsOnItsNextView() {
        String internal = path + "/files";
        knowledgeBase.save(internal, membersPage("Files", "Below."), null, MEMBER);
        assertTrue(knowledgeBase.page(internal, MEMBER).orElseThrow().attachments().isEmpty());

        knowledgeBase.attach(internal, "notes.txt", "Some notes.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                MEMBER);

        assertEquals(List.of("notes.txt"), knowledgeBase.page(internal, MEMBER).orElseThrow().attachments().stream()
                .map(AttachmentInfo::name).toList());
    }

    @Test
    void anEditShowsAtOnce() {
        PageView before = knowledgeBase.page(path, null).orElseThrow();

        knowledgeBase.save(path, publicPage("Costed", "Rewritten."), before.revision(), MEMBER);

        PageView after = knowledgeBase.page(path, null).orElseThrow();
        assertEquals(before.revision() + 1, after.revision());
        assertTrue(after.html().contains("Rewritten."), after.html());
    }

    private long statements(Runnable read) {
        return SqlStatements.countedDuring(sessionFactory, read);
    }
}
