package st.libreho.kb.internal.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import st.libreho.kb.SearchHit;
import st.libreho.platform.Page;

/**
 * Full-text search over the pages' current texts (migration kb_search): the words typed are read in French, in
 * English and word for word at once, each with accents folded, so that "securite" finds "Sécurité" and "sécurité"
 * finds "securite", whatever language the page is in. Titles weigh more than texts. One indexed query for the page
 * of results and one for their number.
 */
@ApplicationScoped
public class PageSearch {

    /** Marks around a highlighted word in a snippet, characters no text can hold, turned into HTML after escaping. */
    static final char MARK_START = '\u0002';
    static final char MARK_END = '\u0003';

    private static final String QUERY = "(websearch_to_tsquery('kb.french', :text)"
            + " || websearch_to_tsquery('kb.english', :text) || websearch_to_tsquery('kb.simple', :text))";

    private static final String VISIBLE = "(p.visibility = 'PUBLIC' OR :member)";

    private final EntityManager entityManager;

    public PageSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<SearchHit> search(String text, boolean member, int page, int size) {
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM kb.page_search s"
                + " JOIN kb.page p ON p.id = s.page_id WHERE s.document @@ " + QUERY + " AND " + VISIBLE)
                .setParameter("text", text).setParameter("member", member).getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), page, size, 0);
        }
        // the snippets are made for the page of results only, after the ranking has chosen it
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT hit.path, hit.title, hit.language, hit.rank,"
                + " ts_headline(kb.search_configuration(hit.language), r.markdown, " + QUERY + ","
                + " 'StartSel=" + MARK_START + ", StopSel=" + MARK_END + ", MaxWords=30, MinWords=12,"
                + " MaxFragments=2, FragmentDelimiter=\" … \"')"
                + " FROM (SELECT p.id, p.path, p.title, p.language, p.current_revision,"
                + "       ts_rank(s.document, " + QUERY + ") AS rank"
                + "       FROM kb.page_search s JOIN kb.page p ON p.id = s.page_id"
                + "       WHERE s.document @@ " + QUERY + " AND " + VISIBLE
                + "       ORDER BY rank DESC, lower(p.title), p.id LIMIT :size OFFSET :offset) hit"
                + " JOIN kb.revision r ON r.page_id = hit.id AND r.number = hit.current_revision"
                + " ORDER BY hit.rank DESC, lower(hit.title), hit.id")
                .setParameter("text", text).setParameter("member", member).setParameter("size", size)
                .setParameter("offset", (long) (page - 1) * size).getResultList();
        List<SearchHit> hits = rows.stream().map(row -> new SearchHit((String) row[0], (String) row[1],
                (String) row[2], Snippets.html((String) row[4]), ((Number) row[3]).doubleValue())).toList();
        return new Page<>(hits, page, size, total);
    }
}
