package st.libreho.kb.internal.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import st.libreho.kb.SearchHit;
import st.libreho.platform.Page;

/**
 * Full-text search over the pages' current texts (migration kb_search): the words typed are read in French, in
 * English and word for word at once, each with accents folded, so that "securite" finds "Sécurité" and "sécurité"
 * finds "securite", whatever language the page is in. Titles (and tags) weigh more than texts. One indexed query for
 * the page of results and one for their number. A tag narrows the search to the pages with that tag (the GIN index
 * of migration kb_tags); a tag without words lists those pages by title, each with the start of its text.
 */
@ApplicationScoped
public class PageSearch {

    /** Marks around a highlighted word in a snippet, characters no text can hold, turned into HTML after escaping. */
    static final char MARK_START = '\u0002';
    static final char MARK_END = '\u0003';

    private static final String QUERY = "(websearch_to_tsquery('kb.french', :text)"
            + " || websearch_to_tsquery('kb.english', :text) || websearch_to_tsquery('kb.simple', :text))";

    private static final String VISIBLE = "(p.visibility = 'PUBLIC' OR :member)";
    private static final String TAGGED = " AND p.tags @> ARRAY[CAST(:tag AS text)]";
    /** How much of a text starts a hit found by its tag alone, about as much as a search's snippet shows. */
    static final int START_LENGTH = 240;

    private final EntityManager entityManager;

    public PageSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<SearchHit> search(String text, boolean member, int page, int size) {
        return search(text, null, member, page, size);
    }

    /**
     * @param text the words, not blank unless a tag is given
     * @param tag a normalised tag the pages must have, or null
     */
    public Page<SearchHit> search(String text, String tag, boolean member, int page, int size) {
        if (text.isBlank()) {
            return tagged(tag, member, page, size);
        }
        String tagged = tag == null ? "" : TAGGED;
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM kb.page_search s"
                + " JOIN kb.page p ON p.id = s.page_id WHERE s.document @@ " + QUERY + " AND " + VISIBLE + tagged)
                .setParameter("text", text).setParameter("member", member);
        long total = ((Number) withTag(count, tag).getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), page, size, 0);
        }
        // the snippets are made for the page of results only, after the ranking has chosen it
        Query query = entityManager.createNativeQuery("SELECT hit.path, hit.title, hit.language, hit.rank,"
                + " ts_headline(kb.search_configuration(hit.language), r.markdown, " + QUERY + ","
                + " 'StartSel=" + MARK_START + ", StopSel=" + MARK_END + ", MaxWords=30, MinWords=12,"
                + " MaxFragments=2, FragmentDelimiter=\" … \"')"
                + " FROM (SELECT p.id, p.path, p.title, p.language, p.current_revision,"
                + "       ts_rank(s.document, " + QUERY + ") AS rank"
                + "       FROM kb.page_search s JOIN kb.page p ON p.id = s.page_id"
                + "       WHERE s.document @@ " + QUERY + " AND " + VISIBLE + tagged
                + "       ORDER BY rank DESC, lower(p.title), p.id LIMIT :size OFFSET :offset) hit"
                + " JOIN kb.revision r ON r.page_id = hit.id AND r.number = hit.current_revision"
                + " ORDER BY hit.rank DESC, lower(hit.title), hit.id")
                .setParameter("text", text).setParameter("member", member).setParameter("size", size)
                .setParameter("offset", (long) (page - 1) * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = withTag(query, tag).getResultList();
        List<SearchHit> hits = rows.stream().map(row -> new SearchHit((String) row[0], (String) row[1],
                (String) row[2], Snippets.html((String) row[4]), ((Number) row[3]).doubleValue())).toList();
        return new Page<>(hits, page, size, total);
    }

    /** The pages with the tag, by title, each with the start of its text; nothing without a tag. */
    private Page<SearchHit> tagged(String tag, boolean member, int page, int size) {
        if (tag == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = " FROM kb.page p WHERE " + VISIBLE + TAGGED;
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*)" + where)
                .setParameter("member", member).setParameter("tag", tag).getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), page, size, 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.path, p.title, p.language,"
                + " left(r.markdown, " + (START_LENGTH * 2) + ")" + where.replace(" WHERE ",
                        " JOIN kb.revision r ON r.page_id = p.id AND r.number = p.current_revision WHERE ")
                + " ORDER BY lower(p.title), p.path LIMIT :size OFFSET :offset")
                .setParameter("member", member).setParameter("tag", tag).setParameter("size", size)
                .setParameter("offset", (long) (page - 1) * size).getResultList();
        List<SearchHit> hits = rows.stream().map(row -> new SearchHit((String) row[0], (String) row[1],
                (String) row[2], Snippets.html(start((String) row[3])), 0)).toList();
        return new Page<>(hits, page, size, total);
    }

    /** The beginning of a text, cut after a word, as a snippet starts. */
    static String start(String text) {
        String plain = text.strip();
        if (plain.length() <= START_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', START_LENGTH);
        return plain.substring(0, cut > 0 ? cut : START_LENGTH) + " …";
    }

    private static Query withTag(Query query, String tag) {
        return tag == null ? query : query.setParameter("tag", tag);
    }
}
