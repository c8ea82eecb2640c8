package st.libreho.kb.internal.pages;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import st.libreho.kb.PageLink;
import st.libreho.kb.TagCount;
import st.libreho.platform.Page;

/**
 * The pages by their tags (migration kb_tags): the pages with a tag, through the GIN index on {@code kb.page.tags},
 * and every tag with its number of pages. Only the pages the reader may see count, so that a tag found only on
 * members-only pages does not exist for anyone else. Runs inside the facade's transactions.
 */
@ApplicationScoped
public class PageTags {

    private static final String VISIBLE = "(p.visibility = 'PUBLIC' OR :member)";

    private final EntityManager entities;

    public PageTags(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * A tag as the wiki stores it ({@code Backup } as {@code backup}), or empty when it can be no page's tag (then no
     * page has it).
     */
    public static String normalise(String tag) {
        if (tag == null) {
            return "";
        }
        List<String> checked = PageRules.checkTags(List.of(tag), new ArrayList<>());
        return checked == null || checked.isEmpty() ? "" : checked.get(0);
    }

    /** The pages with this tag (normalised) the reader may see, by title. */
    public Page<PageLink> tagged(String tag, boolean member, int page, int size) {
        String where = " FROM kb.page p WHERE p.tags @> ARRAY[CAST(:tag AS text)] AND " + VISIBLE;
        long total = ((Number) entities.createNativeQuery("SELECT count(*)" + where).setParameter("tag", tag)
                .setParameter("member", member).getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), page, size, 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("SELECT p.path, p.title" + where
                + " ORDER BY lower(p.title), p.path LIMIT :size OFFSET :offset").setParameter("tag", tag)
                .setParameter("member", member).setParameter("size", size)
                .setParameter("offset", (long) (page - 1) * size).getResultList();
        return new Page<>(rows.stream().map(row -> new PageLink((String) row[0], (String) row[1])).toList(), page,
                size, total);
    }

    /** Every tag of the pages the reader may see, with how many of them carry it, by tag. */
    public List<TagCount> counts(boolean member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("SELECT tag, count(*) FROM kb.page p"
                + " CROSS JOIN LATERAL unnest(p.tags) AS tag WHERE " + VISIBLE
                + " GROUP BY tag ORDER BY tag COLLATE \"C\"").setParameter("member", member).getResultList();
        return rows.stream().map(row -> new TagCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }
}
