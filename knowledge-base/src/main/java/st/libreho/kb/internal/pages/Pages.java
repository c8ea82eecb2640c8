package st.libreho.kb.internal.pages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import st.libreho.directory.Directory;
import st.libreho.kb.AttachmentFile;
import st.libreho.kb.CharterProposal;
import st.libreho.kb.ExportedPage;
import st.libreho.kb.GovernedPageException;
import st.libreho.kb.PageConflict;
import st.libreho.kb.PageDiff;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageHistory;
import st.libreho.kb.PageLink;
import st.libreho.kb.PageRevision;
import st.libreho.kb.PageView;
import st.libreho.kb.RecentChange;
import st.libreho.kb.RenderedMarkdown;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.RevisionSummary;
import st.libreho.kb.RevisionView;
import st.libreho.kb.SaveOutcome;
import st.libreho.kb.SaveResult;
import st.libreho.kb.Visibility;
import st.libreho.kb.WikiExport;
import st.libreho.kb.internal.markdown.MarkdownRenderer;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.PublicContent;

/**
 * The wiki's pages and revisions: reading them as a given reader may, and saving them so that no edit is ever lost
 * (ADR 0011). Runs inside the facade's transactions.
 * <p>
 * Who reads what: a public page, anyone; a members-only page, members of the network and operators, and for anyone
 * else it does not exist (the same "not found" as a page never written). Who writes: members and operators.
 */
@ApplicationScoped
public class Pages {

    /** The most backlinks and children a page lists. */
    static final int MAX_LISTED = 200;
    /** The highest page number of a list that is read; beyond it a list is empty, never an overflow. */
    static final int MAX_PAGE_NUMBER = 100_000;

    private static final PageEdit NOTHING = new PageEdit(null, "", null, null, null, List.of());
    private static final String SUMMARY_COLUMNS = "r.number, r.kind, r.title, r.language, r.visibility, r.summary, "
            + "r.baseNumber, r.merged, r.revertedTo, r.movedFrom, r.authorName, r.createdAt, r.decisionReference, "
            + "r.tags";

    /**
     * Whether the reader sees a page ({@code p}) or a revision ({@code r}): one bound form for members and others
     * alike ({@link #visible}), so that no query can leave out a half of it.
     */
    private static final String VISIBLE_PAGE = "(:member = true or p.visibility = :public)";
    private static final String VISIBLE_REVISION = "(:member = true or r.visibility = :public)";
    /** The revision {@code r}'s page had before it, of those the reader may see. */
    private static final String PREVIOUS_VISIBLE = "(select max(q.number) from RevisionEntity q where q.pageId = "
            + "r.pageId and q.number < r.number and (:member = true or q.visibility = :public))";

    private final MarkdownRenderer markdown;
    private final RenderedPages rendered;
    private final Directory directory;
    private final PublicContent publicContent;
    private final EntityManager entities;

    public Pages(MarkdownRenderer markdown, RenderedPages rendered, Directory directory, PublicContent publicContent,
            EntityManager entities) {
        this.markdown = markdown;
        this.rendered = rendered;
        this.directory = directory;
        this.publicContent = publicContent;
        this.entities = entities;
    }

    // --- who ------------------------------------------------------------------------------------------------

    /** Members of the network (a person in a member organisation's delegation) and operators. */
    public boolean isMember(Actor actor) {
        return actor != null && (actor.operator() || directory.rolesOf(actor).contains(Directory.MEMBER_ROLE));
    }

    private void requireEditor(Actor actor) {
        if (actor == null) {
            throw new UnauthorizedException("Sign in first.");
        }
        if (!isMember(actor)) {
            throw new ForbiddenException("Only a member of the network may change the knowledge base.");
        }
    }

    private static boolean readable(PageEntity page, boolean member) {
        return member || page.visibility == Visibility.PUBLIC;
    }

    // --- reading --------------------------------------------------------------------------------------------

    /**
     * The page at this path (or the page moved from it), if the reader may see it. When the page and the wiki
     * around it have not changed since this kind of reader last saw it, this costs one indexed statement.
     */
    public Optional<PageView> page(String path, Actor reader) {
        boolean member = isMember(reader);
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
        RevisionEntity current = revision(page, key.revision());
        Set<String> missing = missingLinks(page, member);
        RenderedMarkdown rendering = rendered.rendering(current, missing);
        return new PageView(page.path, current.title, current.language, current.visibility, current.number,
                current.markdown, attachmentAddresses(rendering.html(), page.path), rendering.tableOfContents(),
                page.createdAt, current.createdAt, current.authorName, breadcrumbs(page.path, member),
                children(page.path, member), backlinks(page, member),
                rendering.wikiLinks().stream().filter(missing::contains).toList(), member,
                List.of(current.tags), token(page));
    }

    /**
     * What names a page whatever its path, for a save to carry: its id, which no other page ever takes. Opaque to
     * clients, compared as text.
     */
    static String token(PageEntity page) {
        return String.valueOf(page.id);
    }

    /**
     * A text rendered as the page at this path will show it to this reader once saved: its attached files at the
     * page's address, its links to paths where the reader finds no page marked missing. A text longer than a page
     * may hold is refused, as a save would refuse it.
     */
    public RenderedMarkdown preview(String path, String text, Actor reader) {
        String checked = PageRules.checkedText(text);
        boolean member = isMember(reader);
        PageEntity page = resolve(path);
        String at = page != null && readable(page, member) ? page.path : path == null ? "" : WikiPaths.normalise(path);
        Set<String> missing = missingAmong(markdown.wikiLinks(checked), member);
        RenderedMarkdown rendering = markdown.render(checked, missing);
        return new RenderedMarkdown(attachmentAddresses(rendering.html(), at), rendering.tableOfContents(),
                rendering.wikiLinks());
    }

    /** The top-level pages the reader may see, by title. */
    public Page<PageLink> topLevel(int page, int size, Actor reader) {
        String visible = isMember(reader) ? "" : " and p.visibility = :public";
        String where = " from PageEntity p where p.path not like '%/%'" + visible;
        int number = pageNumber(page);
        int limit = pageSize(size);
        TypedQuery<Object[]> items = entities.createQuery("select p.path, p.title" + where
                + " order by lower(p.title), p.path", Object[].class);
        TypedQuery<Long> count = entities.createQuery("select count(p)" + where, Long.class);
        if (!visible.isEmpty()) {
            items.setParameter("public", Visibility.PUBLIC);
            count.setParameter("public", Visibility.PUBLIC);
        }
        List<PageLink> links = items.setFirstResult((number - 1) * limit).setMaxResults(limit).getResultList()
                .stream().map(row -> new PageLink((String) row[0], (String) row[1])).toList();
        return new Page<>(links, number, limit, count.getSingleResult());
    }

    /**
     * A page's revisions, newest first; a reader who is not a member sees only those that were public. Each comes
     * with the revision before it that the reader may see, so that its changes are shown against one they may read.
     */
    public Optional<PageHistory> history(String path, int page, int size, Actor reader) {
        boolean member = isMember(reader);
        PageEntity entity = resolve(path);
        if (entity == null || !readable(entity, member)) {
            return Optional.empty();
        }
        String where = " from RevisionEntity r where r.pageId = :page and " + VISIBLE_REVISION;
        int number = pageNumber(page);
        int limit = pageSize(size);
        List<Object[]> rows = visible(entities.createQuery("select " + SUMMARY_COLUMNS + ", " + PREVIOUS_VISIBLE
                + where + " order by r.number desc", Object[].class), member).setParameter("page", entity.id)
                .setFirstResult((number - 1) * limit).setMaxResults(limit).getResultList();
        long count = visible(entities.createQuery("select count(r)" + where, Long.class), member)
                .setParameter("page", entity.id).getSingleResult();
        Map<Integer, Integer> previous = new HashMap<>();
        rows.stream().filter(row -> row[14] != null).forEach(row -> previous.put((Integer) row[0], (Integer) row[14]));
        List<RevisionSummary> revisions = rows.stream().map(row -> summary(row, 0)).toList();
        return Optional.of(new PageHistory(entity.path, entity.title, entity.currentRevision, member,
                new Page<>(revisions, number, limit, count), previous));
    }

    /** One revision as it was, rendered, if the reader may see it. */
    public Optional<RevisionView> revision(String path, int number, Actor reader) {
        boolean member = isMember(reader);
        PageEntity page = resolve(path);
        if (page == null || !readable(page, member)) {
            return Optional.empty();
        }
        RevisionEntity revision = findRevision(page, number);
        if (revision == null || !(member || revision.visibility == Visibility.PUBLIC)) {
            return Optional.empty();
        }
        RenderedMarkdown rendering = rendered.rendering(revision, Set.of());
        return Optional.of(new RevisionView(page.path, page.title, page.currentRevision, revision.summaryView(),
                revision.markdown, attachmentAddresses(rendering.html(), page.path), rendering.tableOfContents(),
                member));
    }

    /**
     * What changed from one revision to another (either may be the older). Without {@code from}, from the revision
     * before {@code to}; without {@code to}, to the current one.
     */
    public Optional<PageDiff> diff(String path, Integer from, Integer to, Actor reader) {
        boolean member = isMember(reader);
        PageEntity page = resolve(path);
        if (page == null || !readable(page, member)) {
            return Optional.empty();
        }
        int newer = to == null ? page.currentRevision : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        RevisionEntity a = findRevision(page, older);
        RevisionEntity b = findRevision(page, newer);
        if (a == null || b == null
                || !(member || a.visibility == Visibility.PUBLIC && b.visibility == Visibility.PUBLIC)) {
            return Optional.empty();
        }
        return Optional.of(new PageDiff(page.path, page.title, a.summaryView(), b.summaryView(),
                TextDiff.lines(a.markdown, b.markdown)));
    }

    /**
     * Every revision of every page the reader may see, newest first; a reader who is not a member sees only public
     * revisions of pages that are public now.
     */
    public Page<RecentChange> recentChanges(int page, int size, Actor reader) {
        boolean member = isMember(reader);
        String where = " from RevisionEntity r, PageEntity p where p.id = r.pageId and " + VISIBLE_PAGE + " and "
                + VISIBLE_REVISION;
        int number = pageNumber(page);
        int limit = pageSize(size);
        List<RecentChange> changes = visible(entities.createQuery("select p.path, p.title, " + SUMMARY_COLUMNS + ", "
                + PREVIOUS_VISIBLE + where + " order by r.createdAt desc, r.id desc", Object[].class), member)
                .setFirstResult((number - 1) * limit).setMaxResults(limit).getResultList().stream()
                .map(row -> new RecentChange((String) row[0], (String) row[1], summary(row, 2), (Integer) row[16]))
                .toList();
        long count = visible(entities.createQuery("select count(r)" + where, Long.class), member).getSingleResult();
        return new Page<>(changes, number, limit, count);
    }

    /** Every page with its current revision, by path; the members-only pages only when asked for. */
    public List<ExportedPage> export(boolean withMembersPages) {
        String visible = withMembersPages ? "" : " and p.visibility = :public";
        TypedQuery<Object[]> query = entities.createQuery("select p, r from PageEntity p, RevisionEntity r"
                + " where r.pageId = p.id and r.number = p.currentRevision" + visible + " order by p.path",
                Object[].class);
        if (!withMembersPages) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        return query.getResultList().stream().map(row -> {
            PageEntity page = (PageEntity) row[0];
            RevisionEntity current = (RevisionEntity) row[1];
            return new ExportedPage(page.path, page.title, page.language, page.visibility, page.currentRevision,
                    current.createdAt, current.authorName, current.markdown, List.of(current.tags));
        }).toList();
    }

    /**
     * The export and each exported page's files at their current versions, in a read-only transaction that sees one
     * state of the wiki throughout: one statement for the pages, one for every file. Nothing is loaded as an entity,
     * so nothing is kept twice for dirty checking.
     */
    public WikiExport exportWithFiles(boolean withMembersPages) {
        // the transaction's first statement: no write, and one snapshot for both reads
        entities.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        List<Object[]> rows = entities.createQuery("select p.id, p.path, p.title, p.language, p.visibility,"
                + " p.currentRevision, r.createdAt, r.authorName, r.markdown, r.tags from PageEntity p, RevisionEntity r"
                + " where r.pageId = p.id and r.number = p.currentRevision and (:all = true or p.visibility = :public)"
                + " order by p.path", Object[].class).setParameter("all", withMembersPages)
                .setParameter("public", Visibility.PUBLIC).getResultList();
        Map<Long, ExportedPage> byId = new HashMap<>();
        List<ExportedPage> exported = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ExportedPage page = new ExportedPage((String) row[1], (String) row[2], (String) row[3],
                    (Visibility) row[4], (Integer) row[5], (Instant) row[6], (String) row[7], (String) row[8],
                    List.of((String[]) row[9]));
            byId.put((Long) row[0], page);
            exported.add(page);
        }
        Map<String, List<AttachmentFile>> files = new HashMap<>();
        List<Object[]> attached = entities.createQuery("select a.pageId, a.name, a.version, a.contentType, a.bytes"
                + " from AttachmentEntity a, PageEntity p where p.id = a.pageId"
                + " and (:all = true or p.visibility = :public) and a.version = (select max(b.version)"
                + " from AttachmentEntity b where b.pageId = a.pageId and b.name = a.name)"
                + " order by a.pageId, a.name", Object[].class).setParameter("all", withMembersPages)
                .setParameter("public", Visibility.PUBLIC).getResultList();
        for (Object[] row : attached) {
            // the pages read above, by the same rule in the same snapshot
            ExportedPage page = byId.get((Long) row[0]);
            String type = (String) row[3];
            files.computeIfAbsent(page.path(), path -> new ArrayList<>()).add(new AttachmentFile((String) row[1],
                    (Integer) row[2], type, ContentTypes.inline(type), (byte[]) row[4],
                    page.visibility() == Visibility.PUBLIC));
        }
        return new WikiExport(exported, files);
    }

    // --- writing --------------------------------------------------------------------------------------------

    /**
     * Saves a page: creates it ({@code baseRevision} null) or makes a new revision from the revision the person
     * started from. When the page moved on meanwhile, the person's changes and the others' are merged three-way;
     * when they overlap, nothing is saved and the answer holds everything needed to resolve it.
     * <p>
     * With a {@code pageToken} (the page the person started from, {@link #token}), a save that reaches another page
     * (theirs moved away and another took its path) merges nothing into it: it answers a conflict on {@code page},
     * with the page there now as theirs and the person's edit kept. Without one, the page at the path is taken as
     * theirs, as it always was.
     */
    public SaveResult save(String path, PageEdit edit, Integer baseRevision, String pageToken, Actor actor) {
        requireEditor(actor);
        PageEdit yours = PageRules.edit(edit, path);
        lockPaths(path);
        PageEntity page = lockedPage(path);
        if (page == null && baseRevision != null) {
            page = lockedPageMovedFrom(path);
            if (page == null) {
                throw new NotFoundException("There is no page at " + path + " to have a revision " + baseRevision
                        + ": send no baseRevision to create it.");
            }
        }
        if (page == null) {
            return create(path, yours, actor);
        }
        refuseGoverned(page, "saved");
        if (pageToken != null && !pageToken.isBlank() && !pageToken.strip().equals(token(page))) {
            return otherPage(page, yours, baseRevision);
        }
        return saveOver(page, yours, baseRevision, RevisionKind.EDITED, null, actor);
    }

    /**
     * The answer to a save meant for another page than the one now at its path: nothing written, the person's edit
     * handed back beside the page as it is, to save over it from its current revision if they mean to.
     */
    private SaveResult otherPage(PageEntity page, PageEdit yours, Integer baseRevision) {
        RevisionEntity current = revision(page, page.currentRevision);
        PageEdit now = current.asEdit();
        return new SaveResult(SaveOutcome.CONFLICT, null, new PageConflict(page.path, yours, now, NOTHING,
                baseRevision, current.number, List.of(PageConflict.OTHER_PAGE),
                TextDiff.lines(now.markdown(), yours.markdown()), token(page)));
    }

    /**
     * Restores an earlier revision's title, language, text and tags as a new revision (the visibility stays as the
     * person saw it), under the same rule as a save: {@code baseRevision} is the revision the person saw as current.
     */
    public SaveResult revert(String path, int number, Integer baseRevision, String summary, Actor actor) {
        requireEditor(actor);
        if (baseRevision == null) {
            throw InvalidInputException.of("baseRevision", "required",
                    "is required: the revision you saw as the current one");
        }
        String note = PageRules.summary(summary);
        PageEntity page = lockedExisting(path);
        refuseGoverned(page, "reverted");
        RevisionEntity target = findRevision(page, number);
        if (target == null) {
            throw InvalidInputException.of("revision", "unknown_revision", "is not a revision of this page: it has "
                    + "revisions 1 to " + page.currentRevision, page.currentRevision);
        }
        RevisionEntity base = baseOf(page, baseRevision);
        PageEdit restored = new PageEdit(target.title, target.markdown, target.language, base.visibility, note,
                List.of(target.tags));
        return saveOver(page, restored, baseRevision, RevisionKind.REVERTED, number, actor);
    }

    /**
     * Moves a page to another path; its former path leads to it from then on, so that links and bookmarks still
     * work. The pages below it stay where they are. Refused onto a path that already holds a page.
     */
    public PageRevision move(String path, String newPath, String summary, Actor actor) {
        requireEditor(actor);
        String to = PageRules.path("newPath", newPath);
        String note = PageRules.summary(summary);
        lockPaths(path, to);
        PageEntity page = lockedExisting(path);
        refuseGoverned(page, "moved");
        if (page.path.equals(to)) {
            throw InvalidInputException.of("newPath", "same_path", "is already the page's path", to);
        }
        if (PageEntity.count("path", to) > 0) {
            throw InvalidInputException.of("newPath", "path_taken", "is taken: a page already exists at " + to, to);
        }
        Instant now = now();
        // a path is never both a page's and a redirect's: the page takes over a path another page moved from
        RedirectEntity.delete("path", to);
        RedirectEntity redirect = new RedirectEntity();
        redirect.path = page.path;
        redirect.pageId = page.id;
        redirect.createdAt = now;
        redirect.persist();
        RevisionEntity current = revision(page, page.currentRevision);
        String from = page.path;
        page.path = to;
        RevisionEntity moved = newRevision(page, RevisionKind.MOVED, current.asEdit(), note, page.currentRevision,
                false, actor, now);
        moved.movedFrom = from;
        moved.persist();
        page.currentRevision = moved.number;
        page.updatedAt = now;
        publicContent.changed();
        return new PageRevision(page.path, moved.summaryView(), moved.markdown);
    }

    // --- charter pages ----------------------------------------------------------------------------------------

    /** Thrown before anything is written: a governed page changes only by an adopted proposal. */
    static void refuseGoverned(PageEntity page, String what) {
        if (page.governed) {
            throw new GovernedPageException(page.path, what);
        }
    }

    /** Whether the page at this path (or moved from it) is governed; false when there is none. */
    public boolean isGoverned(String path) {
        PageEntity page = resolve(path);
        return page != null && page.governed;
    }

    /**
     * Creates a governed page, or does nothing when a page is already at this path (the start-up seeding); true when
     * it created it.
     */
    public boolean createGoverned(String path, PageEdit edit, Actor actor) {
        PageEdit checked = PageRules.edit(edit, path);
        lockPaths(path);
        if (lockedPage(path) != null) {
            return false;
        }
        create(path, checked, actor);
        PageEntity page = lockedPage(path);
        page.governed = true;
        return true;
    }

    /** Stores a member's proposed revision of a governed page; the page does not change. */
    public CharterProposal propose(String path, PageEdit edit, Integer baseRevision, Actor actor) {
        requireEditor(actor);
        PageEdit proposed = PageRules.edit(edit, path);
        PageEntity page = lockedExisting(path);
        if (!page.governed) {
            throw InvalidInputException.of("path", "not_governed", "is not a charter page: save it directly",
                    page.path);
        }
        if (baseRevision == null) {
            throw InvalidInputException.of("baseRevision", "required",
                    "is required: the revision you started from", page.currentRevision);
        }
        RevisionEntity base = baseOf(page, baseRevision);
        if (proposed.tags() == null) {
            proposed = proposed.withTags(List.of(base.tags));
        }
        ProposalEntity proposal = new ProposalEntity();
        proposal.pageId = page.id;
        proposal.baseNumber = base.number;
        proposal.title = proposed.title();
        proposal.markdown = proposed.markdown();
        proposal.language = proposed.language();
        proposal.visibility = proposed.visibility();
        proposal.summary = proposed.summary();
        proposal.tags = proposed.tags().toArray(String[]::new);
        proposal.authorSubject = actor.subject();
        proposal.authorName = actor.name() == null || actor.name().isBlank() ? "?" : actor.name();
        proposal.createdAt = now();
        proposal.persist();
        publicContent.changed(); // the page's history lists it
        return proposalView(page, proposal);
    }

    /** The proposals for a governed page, newest first; empty when the reader may not see the page. */
    public Optional<List<CharterProposal>> proposals(String path, Actor reader) {
        PageEntity page = resolve(path);
        if (page == null || !readable(page, isMember(reader))) {
            return Optional.empty();
        }
        List<ProposalEntity> found = ProposalEntity.find("pageId = ?1 order by id desc", page.id).page(0, MAX_LISTED)
                .list();
        return Optional.of(found.stream().map(proposal -> proposalView(page, proposal)).toList());
    }

    /**
     * Makes a proposal the page's current text: a new revision, merged three-way (base: the revision the proposal
     * started from; ours: the page now; theirs: the proposal) like a save, recording the decision. A conflict writes
     * nothing and comes back as such.
     */
    public SaveResult adopt(String path, long proposalId, String decisionReference) {
        String decision = decisionReference == null ? "" : decisionReference.strip();
        if (decision.isEmpty() || decision.length() > PageRules.MAX_SUMMARY) {
            throw InvalidInputException.of("decisionReference", "required", "is required (at most "
                    + PageRules.MAX_SUMMARY + " characters): the adopted charter-change decision", decision);
        }
        PageEntity page = lockedExisting(path);
        if (!page.governed) {
            throw InvalidInputException.of("path", "not_governed", "is not a charter page", page.path);
        }
        ProposalEntity proposal = ProposalEntity.findById(proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || proposal.pageId != page.id) {
            throw new NotFoundException("There is no proposal " + proposalId + " for the page " + page.path + ".");
        }
        if (proposal.adoptedRevision != null) {
            throw InvalidInputException.of("proposalId", "already_adopted", "was already adopted as revision "
                    + proposal.adoptedRevision, proposal.adoptedRevision);
        }
        PageEdit yours = new PageEdit(proposal.title, proposal.markdown, proposal.language, proposal.visibility,
                proposal.summary == null ? "Adopted: " + decision : proposal.summary, List.of(proposal.tags));
        SaveResult result = saveOver(page, yours, proposal.baseNumber, RevisionKind.ADOPTED, null,
                new Actor(proposal.authorSubject, proposal.authorName, null, false, false), decision);
        if (result.outcome() == SaveOutcome.SAVED || result.outcome() == SaveOutcome.MERGED) {
            proposal.adoptedRevision = result.saved().revision().number();
        }
        return result;
    }

    private CharterProposal proposalView(PageEntity page, ProposalEntity proposal) {
        RevisionEntity current = revision(page, page.currentRevision);
        return new CharterProposal(proposal.id, page.path, proposal.baseNumber, proposal.title, proposal.markdown,
                proposal.language, proposal.visibility, proposal.summary, proposal.authorName, proposal.createdAt,
                proposal.adoptedRevision, TextDiff.lines(current.markdown, proposal.markdown), List.of(proposal.tags));
    }

    private SaveResult create(String path, PageEdit created, Actor actor) {
        PageEdit edit = created.tags() == null ? created.withTags(List.of()) : created;
        Instant now = now();
        RedirectEntity.delete("path", path);
        PageEntity page = new PageEntity();
        page.path = path;
        page.title = edit.title();
        page.language = edit.language();
        page.visibility = edit.visibility();
        page.tags = edit.tags().toArray(String[]::new);
        page.currentRevision = 1;
        page.createdAt = now;
        page.updatedAt = now;
        page.persist();
        RevisionEntity first = newRevision(page, RevisionKind.CREATED, edit, edit.summary(), null, false, actor, now);
        first.number = 1;
        first.persist();
        replaceLinks(page, edit.markdown());
        publicContent.changed();
        return new SaveResult(SaveOutcome.CREATED, new PageRevision(path, first.summaryView(), first.markdown), null);
    }

    /** A new revision over the locked page, merged three-way when the page moved on since the person's base. */
    private SaveResult saveOver(PageEntity page, PageEdit yours, Integer baseRevision, RevisionKind kind,
            Integer revertedTo, Actor actor) {
        return saveOver(page, yours, baseRevision, kind, revertedTo, actor, null);
    }

    private SaveResult saveOver(PageEntity page, PageEdit sent, Integer baseRevision, RevisionKind kind,
            Integer revertedTo, Actor actor, String decisionReference) {
        RevisionEntity current = revision(page, page.currentRevision);
        // no tags sent: the tags as the person found them, which the merge below keeps or updates with others' changes
        PageEdit yours = sent.tags() != null ? sent
                : sent.withTags(baseRevision == null ? List.of() : List.of(baseOf(page, baseRevision).tags));
        PageEdit now = current.asEdit();
        PageEdit result = yours;
        boolean merged = false;
        if (baseRevision == null || baseRevision != current.number) {
            PageEdit base = baseRevision == null ? NOTHING : baseOf(page, baseRevision).asEdit();
            PageMerge merge = PageMerge.of(base, now, yours);
            if (!merge.isClean()) {
                PageEdit toResolve = merge.toResolve();
                return new SaveResult(SaveOutcome.CONFLICT, null, new PageConflict(page.path, toResolve, now, base,
                        baseRevision, current.number, merge.conflicting(), TextDiff.lines(now.markdown(),
                                toResolve.markdown()), token(page)));
            }
            result = merge.result();
            merged = !PageMerge.sameContent(base, now);
        }
        if (PageMerge.sameContent(result, now)) {
            return new SaveResult(SaveOutcome.UNCHANGED, new PageRevision(page.path, current.summaryView(),
                    current.markdown), null);
        }
        Instant at = now();
        RevisionEntity revision = newRevision(page, kind, result, yours.summary(), baseRevision, merged, actor, at);
        revision.revertedTo = revertedTo;
        revision.decisionReference = decisionReference;
        revision.persist();
        page.currentRevision = revision.number;
        page.title = result.title();
        page.language = result.language();
        page.visibility = result.visibility();
        page.tags = result.tags().toArray(String[]::new);
        page.updatedAt = at;
        if (!result.markdown().equals(now.markdown())) {
            replaceLinks(page, result.markdown());
        }
        publicContent.changed();
        return new SaveResult(merged ? SaveOutcome.MERGED : SaveOutcome.SAVED,
                new PageRevision(page.path, revision.summaryView(), revision.markdown), null);
    }

    private static RevisionEntity newRevision(PageEntity page, RevisionKind kind, PageEdit content, String summary,
            Integer baseRevision, boolean merged, Actor actor, Instant at) {
        RevisionEntity revision = new RevisionEntity();
        revision.pageId = page.id;
        revision.number = page.currentRevision + 1;
        revision.kind = kind;
        revision.title = content.title();
        revision.markdown = content.markdown();
        revision.language = content.language();
        revision.visibility = content.visibility();
        revision.tags = content.tags().toArray(String[]::new);
        revision.summary = summary;
        revision.baseNumber = baseRevision;
        revision.merged = merged;
        revision.authorSubject = actor.subject();
        revision.authorName = actor.name() == null || actor.name().isBlank() ? "?" : actor.name();
        revision.createdAt = at;
        return revision;
    }

    private RevisionEntity baseOf(PageEntity page, int baseRevision) {
        RevisionEntity base = findRevision(page, baseRevision);
        if (base == null) {
            throw InvalidInputException.of("baseRevision", "unknown_revision", "is not a revision of this page: it "
                    + "has revisions 1 to " + page.currentRevision, page.currentRevision);
        }
        return base;
    }

    /** The links of a page's current text, as its one set of rows. */
    private void replaceLinks(PageEntity page, String text) {
        LinkEntity.delete("pageId", page.id);
        for (String target : markdown.wikiLinks(text)) {
            LinkEntity link = new LinkEntity();
            link.pageId = page.id;
            link.targetPath = target;
            link.persist();
        }
    }

    // --- locks ----------------------------------------------------------------------------------------------

    /**
     * Serialises the changes that could make a page appear at a path (a creation, a move onto it), which no row
     * lock covers before the row exists: a transaction-scoped advisory lock per path, taken in the paths' order so
     * that two moves never wait on each other in a circle.
     */
    private void lockPaths(String... paths) {
        for (String path : new TreeSet<>(List.of(paths))) {
            entities.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .setParameter("key", "kb.page:" + path).getSingleResult();
        }
    }

    /**
     * The page at this path, its row locked until the transaction ends: a second save of the same page waits here,
     * then reads the first one's revision as the current one and merges against it.
     */
    private static PageEntity lockedPage(String path) {
        return PageEntity.<PageEntity> find("path", path).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private static PageEntity lockedPageMovedFrom(String path) {
        RedirectEntity redirect = RedirectEntity.findById(path);
        return redirect == null ? null : PageEntity.findById(redirect.pageId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static PageEntity lockedExisting(String path) {
        String normalised = path == null ? "" : WikiPaths.normalise(path);
        PageEntity page = lockedPage(normalised);
        if (page == null) {
            page = lockedPageMovedFrom(normalised);
        }
        if (page == null) {
            throw new NotFoundException("There is no page at " + normalised + ".");
        }
        return page;
    }

    // --- queries --------------------------------------------------------------------------------------------

    /** The page at a path, or the page that moved from it; a path is read as wiki links write it. */
    /**
     * A page's text writes its attached files as {@code attachments/name.png}; a browser would resolve that against
     * the page's parent ({@code /kb/guides/backups} gives {@code /kb/guides/attachments/...}), so the rendering
     * points such sources and links at the page's own files. The sanitiser writes these attributes exactly so.
     */
    static String attachmentAddresses(String html, String path) {
        if (!html.contains("attachments/")) {
            return html;
        }
        String own = "/kb/" + path + "/attachments/";
        return html.replace("src=\"attachments/", "src=\"" + own).replace("href=\"attachments/", "href=\"" + own)
                .replace("src=\"./attachments/", "src=\"" + own).replace("href=\"./attachments/", "href=\"" + own);
    }

    static PageEntity resolve(String path) {
        String normalised = path == null ? "" : WikiPaths.normalise(path);
        if (normalised.isEmpty()) {
            return null;
        }
        PageEntity page = PageEntity.find("path", normalised).firstResult();
        if (page != null) {
            return page;
        }
        RedirectEntity redirect = RedirectEntity.findById(normalised);
        return redirect == null ? null : PageEntity.findById(redirect.pageId);
    }

    private static RevisionEntity revision(PageEntity page, int number) {
        RevisionEntity revision = findRevision(page, number);
        if (revision == null) {
            throw new IllegalStateException("Page " + page.id + " has no revision " + number);
        }
        return revision;
    }

    private static RevisionEntity findRevision(PageEntity page, int number) {
        return RevisionEntity.find("pageId = ?1 and number = ?2", page.id, number).firstResult();
    }

    /** The paths this page links to where the reader finds no page (none there, or one they may not see). */
    private Set<String> missingLinks(PageEntity page, boolean member) {
        String visiblePage = member ? "" : " and p.visibility = :public";
        String visibleMoved = member ? "" : " and q.visibility = :public";
        TypedQuery<String> query = entities.createQuery("select l.targetPath from LinkEntity l where l.pageId = :page"
                + " and not exists (select 1 from PageEntity p where p.path = l.targetPath" + visiblePage + ")"
                + " and not exists (select 1 from RedirectEntity r, PageEntity q where q.id = r.pageId"
                + " and r.path = l.targetPath" + visibleMoved + ")", String.class)
                .setParameter("page", page.id);
        if (!member) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        return new HashSet<>(query.getResultList());
    }

    /**
     * The paths among these where the reader finds no page (none there, nor one moved from there, or one they may not
     * see), read a few hundred at a time so that a text of many links stays within a statement's parameters.
     */
    private Set<String> missingAmong(List<String> paths, boolean member) {
        Set<String> missing = new HashSet<>(paths);
        for (int from = 0; from < paths.size(); from += 500) {
            List<String> some = paths.subList(from, Math.min(paths.size(), from + 500));
            missing.removeAll(entities.createQuery("select p.path from PageEntity p where p.path in :paths"
                    + " and (:member = true or p.visibility = :public)", String.class)
                    .setParameter("paths", some).setParameter("member", member)
                    .setParameter("public", Visibility.PUBLIC).getResultList());
            missing.removeAll(entities.createQuery("select r.path from RedirectEntity r, PageEntity q"
                    + " where q.id = r.pageId and r.path in :paths and (:member = true or q.visibility = :public)",
                    String.class)
                    .setParameter("paths", some).setParameter("member", member)
                    .setParameter("public", Visibility.PUBLIC).getResultList());
        }
        return missing;
    }

    /** The pages linking to this one, at its path or a path it moved from. */
    private List<PageLink> backlinks(PageEntity page, boolean member) {
        List<String> paths = new ArrayList<>(RedirectEntity.<RedirectEntity> find("pageId", page.id).stream()
                .map(redirect -> redirect.path).toList());
        paths.add(page.path);
        TypedQuery<Object[]> query = entities.createQuery("select p.path, p.title from PageEntity p"
                + " where p.id <> :page and exists (select 1 from LinkEntity l where l.pageId = p.id"
                + " and l.targetPath in :paths)" + (member ? "" : " and p.visibility = :public")
                + " order by lower(p.title), p.path", Object[].class)
                .setParameter("page", page.id).setParameter("paths", paths).setMaxResults(MAX_LISTED);
        if (!member) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        return links(query);
    }

    /** The pages one level below this path. */
    private List<PageLink> children(String path, boolean member) {
        String prefix = likeEscaped(path) + "/";
        TypedQuery<Object[]> query = entities.createQuery("select p.path, p.title from PageEntity p"
                + " where p.path like :below escape '\\' and p.path not like :deeper escape '\\'"
                + (member ? "" : " and p.visibility = :public") + " order by lower(p.title), p.path",
                Object[].class)
                .setParameter("below", prefix + "%").setParameter("deeper", prefix + "%/%")
                .setMaxResults(MAX_LISTED);
        if (!member) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        return links(query);
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
        TypedQuery<Object[]> query = entities.createQuery("select p.path, p.title from PageEntity p"
                + " where p.path in :paths" + (member ? "" : " and p.visibility = :public"), Object[].class)
                .setParameter("paths", ancestors);
        if (!member) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        Map<String, String> titles = new HashMap<>();
        query.getResultList().forEach(row -> titles.put((String) row[0], (String) row[1]));
        return ancestors.stream().map(ancestor -> new PageLink(ancestor, titles.get(ancestor))).toList();
    }

    /** A query of the visibility forms, with whether the reader is a member. */
    private static <T> TypedQuery<T> visible(TypedQuery<T> query, boolean member) {
        return query.setParameter("member", member).setParameter("public", Visibility.PUBLIC);
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

    /** To the microsecond, as PostgreSQL keeps it, so that what a save answers is what a read gives later. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
