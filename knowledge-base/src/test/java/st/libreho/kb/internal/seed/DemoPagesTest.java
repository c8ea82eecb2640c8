package st.libreho.kb.internal.seed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import st.libreho.kb.KnowledgeBase;
import st.libreho.kb.PageLink;
import st.libreho.kb.SearchHit;

/**
 * The dev-mode demo pages (the bean exists only in dev mode, so the test builds it): they save, once, and make
 * accent-folded search and backlinks visible.
 */
@QuarkusTest
class DemoPagesTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    StarterPages starterPages;

    @Test
    void theDemoPagesShowSearchAndBacklinks() {
        DemoPages demo = new DemoPages(knowledgeBase, starterPages);
        QuarkusTransaction.requiringNew().call(demo::seed);
        assertFalse(QuarkusTransaction.requiringNew().call(demo::seed));

        assertTrue(knowledgeBase.search("securite", 1, 20, null).items().stream().map(SearchHit::path)
                .anyMatch("guides/securite-des-donnees"::equals));
        assertTrue(knowledgeBase.page("guides/backups", null).orElseThrow().backlinks().stream()
                .map(PageLink::path).anyMatch("guides/sauvegardes"::equals));
        // a members-only demo page stays hidden from visitors
        assertTrue(knowledgeBase.page("guides/mail", null).isEmpty());
    }
}
