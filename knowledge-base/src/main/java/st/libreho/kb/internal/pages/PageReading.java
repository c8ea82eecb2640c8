package st.libreho.kb.internal.pages;

import static st.libreho.kb.internal.pages.Readers.readable;
import static st.libreho.kb.internal.pages.Readers.visible;
import static st.libreho.kb.internal.pages.Readers.visibleTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import st.libreho.kb.AttachmentFile;
import st.libreho.kb.ExportedPage;
import st.libreho.kb.PageDiff;
import st.libreho.kb.PageHistory;
import st.libreho.kb.PageLink;
import st.libreho.kb.PageView;
import st.libreho.kb.RecentChange;
import st.libreho.kb.RenderedMarkdown;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.RevisionView;
import st.libreho.kb.Visibility;
import st.libreho.kb.WikiExport;
import st.libreho.kb.internal.markdown.AttachmentLinks;
import st.libreho.kb.internal.markdown.MarkdownRenderer;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.platform.Actor;
import st.libreho.platform.Page;

/**
 * Reading the wiki as a given reader may ({@link Readers}): a page with what surrounds it (breadcrumbs, children,
 * backlinks, missing links), its history, an old revision, a diff, recent changes, the top-level pages, the export,
 * and a preview of a text as its page would show it. Runs inside the facade's transactions; writes nothing.
 */
@ApplicationScoped
public class PageReading {

    /** The most backlinks, children and proposals a page lists. */
    static final int MAX_LISTED = 200;
    /** The highest page number of a list that is read; beyond it a list is empty, never an overflow. */
    static final int MAX_PAGE_NUMBER = 100_000;

    private static final String SUMMARY_COLUMNS = "r.number, r.kind, r.title, r.language, r.visibility, r.summary, "
            + "r.baseNumber, r.merged, r.revertedTo, r.movedFrom, r.authorName, r.createdAt, r.decisionReference, "
            + "r.tags";
    /** The revision before {@code r} of its page that the reader may see. */
    private static final String PREVIOUS_VISIBLE = "(select max(q.number) from RevisionEntity q where q.pageId = "
            + "r.pageId and q.number < r.number and " + visibleTo("q") + ")";
    /** A page's export columns: its current revision's. */
    private static final String EXPORTED_COLUMNS = "p.id, p.path, p.title, p.language, p.visibility, "
            + "p.currentRevision, r.createdAt, r.authorName, r.markdown, r.tags from PageEntity p, RevisionEntity r "
            + "where r.pageId = p.id and r.number = p.currentRevision and " + visibleTo("p") + " order by p.path";

    private final MarkdownRenderer markdown;
    private final RenderedPages rendered;
    private final Readers readers;
    private final EntityManager entities;

    public PageReading(MarkdownRenderer markdown, RenderedPages rendered, Readers readers, EntityManager entities) {
        this.markdown = markdown;
        this.rendered = rendered;
        this.readers = readers;
        this.entities = entities;
    }

    // --- a page ---------------------------------------------------------------------------------------------

    /**
     * The page at this path (or the page moved from it), if the reader may see it. When the page and the wiki
     * around it have not changed since this kind of reader last saw it, this costs one indexed statement.
     */
    public Optional<PageView> page(String path, Actor reader) {
        boolean member = readers.isMember(reader);
        String normalised = path == null ? "" : WikiPaths.normalise(path);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = head("p.path = ?1", normalised);
        if (head == null) {
            head = head("p.id = (select r.page_id from kb.redirect r where r.path = ?1)", normalised);
        }
        if (head == null || !(member || Visibility.PUBLIC.name().equals(head[2]))) {
            return Optional.empty();
        }
        var key = new RenderedPages.ViewKey(((Number) head[0]).longValue(), ((Number) head[1]).intValue(), member,
                ((Number) head[3]).longValue());
        return Optional.of(rendered.view(key, this::view));
    }

    /**
     * A page's id, current revision and visibility, with the version of the public content, read together so that
     * a view kept for this version shows what this statement saw; null when no page matches.
     */
    private Object[] head(String condition, String path) {
        List<?> rows = entities.createNativeQuery("select p.id, p.current_revision, p.visibility, c.version"
                + " from kb.page p, platform.public_content c where c.id = 1 and " + condition)
                .setParameter(1, path).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private PageView view(RenderedPages.ViewKey key) {
        PageEntity page = PageEntity.findById(key.pageId());
        boolean member = key.member();
        RevisionEntity current = RevisionEntity.existing(page, key.revision());
        Set<String> missing = missingLinks(page, member);
        RenderedMarkdown rendering = rendered.rendering(current, missing);
        return new PageView(page.path, current.title, current.language, current.visibility, current.number,
                current.markdown, AttachmentLinks.atPageAddress(rendering.html(), page.path),
                rendering.tableOfContents(), page.createdAt, current.createdAt, current.authorName,
                breadcrumbs(page.path, member), children(page.path, member), backlinks(page, member),
                rendering.wikiLinks().stream().filter(missing::contains).toList(), member, List.of(current.tags),
                page.token(), Attachments.currentOf(page.id));
    }

    /**
     * A text rendered as the page at this path will show it to this reader once saved: its attached files at the
     * page's address, its links to paths where the reader finds no page marked missing. A text longer than a page
     * may hold is refused, as a save would refuse it.
     */
    public RenderedMarkdown preview(String path, String text, Actor reader) {
        String checked = PageRules.checkedText(text);
        boolean member = readers.isMember(reader);
        PageEntity page = PageEntity.resolve(path);
        String at = page != null && readable(page, member) ? page.path
                : path == null ? "" : WikiPaths.normalise(path);
        Set<String> missing = missingAmong(markdown.wikiLinks(checked), member);
        RenderedMarkdown rendering = markdown.render(checked, missing);
        return new RenderedMarkdown(AttachmentLinks.atPageAddress(rendering.html(), at), rendering.tableOfContents(),
                rendering.wikiLinks());
    }

    // --- lists and revisions --------------------------------------------------------------------------------

    /** The top-level pages the reader may see, by title. */
    public Page<PageLink> topLevel(int page, int size, Actor reader) {
        boolean member = readers.isMember(reader);
        String where = " from PageEntity p where p.path not like '%/%' and " + visibleTo("p");
        int number = pageNumber(page);
        int limit = pageSize(size);
        List<PageLink> links = visible(entities.createQuery("select p.path, p.title" + where
                + " order by lower(p.title), p.path", Object[].class), member)
                .setFirstResult((number - 1) * limit).setMaxResults(limit).getResultList()
                .stream().map(row -> new PageLink((String) row[0], (String) row[1])).toList();
        long count = visible(entities.createQuery("select count(p)" + where, Long.class), member).getSingleResult();
        return new Page<>(links, number, limit, count);
    }

    /**
     * A page's revisions, newest first; a reader who is not a member sees only those that were public. Each comes
     * with the revision before it that the reader may see, so that its changes are shown against one they may read.
     */
    public Optional<PageHistory> history(String path, int page, int size, Actor reader) {
        boolean member = readers.isMember(reader);
        PageEntity entity = PageEntity.resolve(path);
        if (entity == null || !readable(entity, member)) {
            return Optional.empty();
        }
        String where = " from RevisionEntity r where r.pageId = :page and " + visibleTo("r");
        int number = pageNumber(page);
        int limit = pageSize(size);
        List<Object[]> rows = visible(entities.createQuery("select " + SUMMARY_COLUMNS + ", " + PREVIOUS_VISIBLE
                + where + " order by r.number desc", Object[].class), member).setParameter("page", entity.id)
                .setFirstResult((number - 1) * limit).setMaxResults(limit).getResultList();
        long count = visible(entities.createQuery("select count(r)" + where, Long.class), member)
                .setParameter("page", entity.id).getSingleResult();
        Map<Integer, Integer> previous = new HashMap<>();
        rows.stream().filter(row -> row[14] != null)
                .forEach(row -> previous.put((Integer) row[0], (Integer) row[14]));
        List<RevisionSummary> revisions = rows.stream().map(row -> summary(row, 0)).toList();
        return Optional.of(new PageHistory(entity.path, entity.title, entity.currentRevision, member,
                new Page<>(revisions, number, limit, count), previous));
    }

    /** One revision as it was, rendered, if the reader may see it. */
    public Optional<RevisionView> revision(String path, int number, Actor reader) {
        boolean member = readers.isMember(reader);
        PageEntity page = PageEntity.resolve(path);
        if (page == null || !readable(page, member)) {
            return Optional.empty();
        }
        RevisionEntity revision = RevisionEntity.numbered(page, number);
        if (revision == null || !readable(revision, member)) {
            return Optional.empty();
        }
        RenderedMarkdown rendering = rendered.rendering(revision, Set.of());
        return Optional.of(new RevisionView(page.path, page.title, page.currentRevision, revision.summaryView(),
                revision.markdown, AttachmentLinks.atPageAddress(rendering.html(), page.path),
                rendering.tableOfContents(), member));
    }

    /**
     * What changed from one revision to another (either may be the older). Without {@code from}, from the revision
     * before {@code to}; without {@code to}, to the current one.
     */
    public Optional<PageDiff> diff(String path, Integer from, Integer to, Actor reader) {
        boolean member = readers.isMember(reader);
        PageEntity page = PageEntity.resolve(path);
        if (page == null || !readable(page, member)) {
            return Optional.empty();
        }
        int newer = to == null ? page.currentRevision : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        RevisionEntity a = RevisionEntity.numbered(page, older);
        RevisionEntity b = RevisionEntity.numbered(page, newer);
        if (a == null || b == null || !readable(a, member) || !readable(b, member)) {
            return Optional.empty();
        }
        return Optional.of(new PageDiff(page.path, page.title, a.summaryView(), b.summaryView(),
                TextDiff.lines(a.markdown, b.markdown)));
    }

    /**
     * Every revision of every page the reader may see, newest first; a reader who is not a member sees only public
     * revisions of pages that are public now. Each comes with the revision before it that the reader may see.
     */
    public Page<RecentChange> recentChanges(int page, int size, Actor reader) {
        boolean member = readers.isMember(reader);
        String where = " from RevisionEntity r, PageEntity p where p.id = r.pageId and " + visibleTo("p") + " and "
                + visibleTo("r");
        int number = pageNumber(page);
        int limit = pageSize(size);
        List<RecentChange> changes = visible(entities.createQuery("select p.path, p.title, " + SUMMARY_COLUMNS
                + ", " + PREVIOUS_VISIBLE + where + " order by r.createdAt desc, r.id desc", Object[].class), member)
                .setFirstResult((number - 1) * limit).setMaxResults(limit).getResultList().stream()
                .map(row -> new RecentChange((String) row[0], (String) row[1], summary(row, 2), (Integer) row[16]))
                .toList();
        long count = visible(entities.createQuery("select count(r)" + where, Long.class), member).getSingleResult();
        return new Page<>(changes, number, limit, count);
    }

    // --- the export -----------------------------------------------------------------------------------------

    /** Every page with its current revision, by path; the members-only pages only when asked for. */
    public List<ExportedPage> export(boolean withMembersPages) {
        return exported(withMembersPages, new HashMap<>());
    }

    /**
     * The export and each exported page's files at their current versions, in a read-only transaction that sees one
     * state of the wiki throughout: one statement for the pages, one for every file. Nothing is loaded as an entity,
     * so nothing is kept twice for dirty checking.
     */
    public WikiExport exportWithFiles(boolean withMembersPages) {
        // the transaction's first statement: no write, and one snapshot for both reads
        entities.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        Map<Long, ExportedPage> byId = new HashMap<>();
        List<ExportedPage> pages = exported(withMembersPages, byId);
        Map<String, List<AttachmentFile>> files = new HashMap<>();
        List<Object[]> attached = visible(entities.createQuery("select a.pageId, a.name, a.version, a.contentType,"
                + " a.bytes from AttachmentEntity a, PageEntity p where p.id = a.pageId and " + visibleTo("p")
                + " and a.version = (select max(b.version) from AttachmentEntity b where b.pageId = a.pageId"
                + " and b.name = a.name) order by a.pageId, a.name", Object[].class), withMembersPages)
                .getResultList();
        for (Object[] row : attached) {
            // one of the pages read above, by the same rule in the same snapshot
            ExportedPage page = byId.get((Long) row[0]);
            String type = (String) row[3];
            files.computeIfAbsent(page.path(), path -> new ArrayList<>()).add(new AttachmentFile((String) row[1],
                    (Integer) row[2], type, ContentTypes.inline(type), (byte[]) row[4],
                    page.visibility() == Visibility.PUBLIC));
        }
        return new WikiExport(pages, files);
    }

    /** The exported pages, by path, each also put in {@code byId} under its page's id. */
    private List<ExportedPage> exported(boolean withMembersPages, Map<Long, ExportedPage> byId) {
        List<Object[]> rows = visible(entities.createQuery("select " + EXPORTED_COLUMNS, Object[].class),
                withMembersPages).getResultList();
        List<ExportedPage> pages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ExportedPage page = new ExportedPage((String) row[1], (String) row[2], (String) row[3],
                    (Visibility) row[4], (Integer) row[5], (Instant) row[6], (String) row[7], (String) row[8],
                    List.of((String[]) row[9]));
            byId.put((Long) row[0], page);
            pages.add(page);
        }
        return pages;
    }

    // --- around a page --------------------------------------------------------------------------------------

    /** The paths this page links to where the reader finds no page (none there, or one they may not see). */
    private Set<String> missingLinks(PageEntity page, boolean member) {
        return new HashSet<>(visible(entities.createQuery("select l.targetPath from LinkEntity l"
                + " where l.pageId = :page"
                + " and not exists (select 1 from PageEntity p where p.path = l.targetPath and " + visibleTo("p") + ")"
                + " and not exists (select 1 from RedirectEntity r, PageEntity q where q.id = r.pageId"
                + " and r.path = l.targetPath and " + visibleTo("q") + ")", String.class), member)
                .setParameter("page", page.id).getResultList());
    }

    /**
     * The paths among these where the reader finds no page (none there, nor one moved from there, or one they may not
     * see), read a few hundred at a time so that a text of many links stays within a statement's parameters.
     */
    private Set<String> missingAmong(List<String> paths, boolean member) {
        Set<String> missing = new HashSet<>(paths);
        for (int from = 0; from < paths.size(); from += 500) {
            List<String> some = paths.subList(from, Math.min(paths.size(), from + 500));
            missing.removeAll(visible(entities.createQuery("select p.path from PageEntity p where p.path in :paths"
                    + " and " + visibleTo("p"), String.class), member).setParameter("paths", some).getResultList());
            missing.removeAll(visible(entities.createQuery("select r.path from RedirectEntity r, PageEntity q"
                    + " where q.id = r.pageId and r.path in :paths and " + visibleTo("q"), String.class), member)
                    .setParameter("paths", some).getResultList());
        }
        return missing;
    }

    /** The pages linking to this one, at its path or a path it moved from. */
    private List<PageLink> backlinks(PageEntity page, boolean member) {
        List<String> paths = new ArrayList<>(RedirectEntity.<RedirectEntity> find("pageId", page.id).stream()
                .map(redirect -> redirect.path).toList());
        paths.add(page.path);
        return links(visible(entities.createQuery("select p.path, p.title from PageEntity p"
                + " where p.id <> :page and exists (select 1 from LinkEntity l where l.pageId = p.id"
                + " and l.targetPath in :paths) and " + visibleTo("p") + " order by lower(p.title), p.path",
                Object[].class), member)
                .setParameter("page", page.id).setParameter("paths", paths).setMaxResults(MAX_LISTED));
    }

    /** The pages one level below this path. */
    private List<PageLink> children(String path, boolean member) {
        String prefix = likeEscaped(path) + "/";
        return links(visible(entities.createQuery("select p.path, p.title from PageEntity p"
                + " where p.path like :below escape '\\' and p.path not like :deeper escape '\\'"
                + " and " + visibleTo("p") + " order by lower(p.title), p.path", Object[].class), member)
                .setParameter("below", prefix + "%").setParameter("deeper", prefix + "%/%")
                .setMaxResults(MAX_LISTED));
    }

    /** Every ancestor of the path, from the top, with its title where the reader finds a page there. */
    private List<PageLink> breadcrumbs(String path, boolean member) {
        List<String> ancestors = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            ancestors.add(path.substring(0, slash));
        }
        if (ancestors.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = new HashMap<>();
        visible(entities.createQuery("select p.path, p.title from PageEntity p where p.path in :paths and "
                + visibleTo("p"), Object[].class), member).setParameter("paths", ancestors).getResultList()
                .forEach(row -> titles.put((String) row[0], (String) row[1]));
        return ancestors.stream().map(ancestor -> new PageLink(ancestor, titles.get(ancestor))).toList();
    }

    private static List<PageLink> links(TypedQuery<Object[]> query) {
        Set<PageLink> links = new LinkedHashSet<>();
        query.getResultList().forEach(row -> links.add(new PageLink((String) row[0], (String) row[1])));
        return List.copyOf(links);
    }

    private static RevisionSummary summary(Object[] row, int at) {
        return new RevisionSummary((Integer) row[at], (RevisionKind) row[at + 1], (String) row[at + 2],
                (String) row[at + 3], (Visibility) row[at + 4], (String) row[at + 5], (Integer) row[at + 6],
                (Boolean) row[at + 7], (Integer) row[at + 8], (String) row[at + 9], (String) row[at + 10],
                (Instant) row[at + 11], (String) row[at + 12], List.of((String[]) row[at + 13]));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static int pageNumber(int page) {
        return Math.min(Math.max(1, page), MAX_PAGE_NUMBER);
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(1, size), 100);
    }
}
