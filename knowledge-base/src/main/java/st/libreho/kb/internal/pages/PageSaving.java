package st.libreho.kb.internal.pages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import st.libreho.kb.PageConflict;
import st.libreho.kb.PageEdit;
import st.libreho.kb.PageRevision;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.SaveOutcome;
import st.libreho.kb.SaveResult;
import st.libreho.kb.internal.markdown.MarkdownRenderer;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Changing the wiki so that no edit is ever lost (ADR 0011): creating, saving, reverting and moving pages, each under
 * the page's row lock (and an advisory lock on the paths a page could appear at), each save merged three-way with what
 * others saved since its base revision, or answered with a conflict that keeps the person's text. Only members and
 * operators change pages ({@link Readers}); charter pages change only by adoption ({@link CharterPages}). Runs inside
 * the facade's transactions; every change tells the visitor cache ({@code PublicContent.changed()}).
 */
@ApplicationScoped
public class PageSaving {

    private static final PageEdit NOTHING = new PageEdit(null, "", null, null, null, List.of());

    private final MarkdownRenderer markdown;
    private final Readers readers;
    private final PublicContent publicContent;
    private final EntityManager entities;

    public PageSaving(MarkdownRenderer markdown, Readers readers, PublicContent publicContent,
            EntityManager entities) {
        this.markdown = markdown;
        this.readers = readers;
        this.publicContent = publicContent;
        this.entities = entities;
    }

    /**
     * Saves a page: creates it ({@code baseRevision} null) or makes a new revision from the revision the person
     * started from. When the page moved on meanwhile, the person's changes and the others' are merged three-way;
     * when they overlap, nothing is saved and the answer holds everything needed to resolve it.
     * <p>
     * With a {@code pageToken} (the page the person started from, {@link PageEntity#token}), a save that reaches
     * another page (theirs moved away and another took its path) merges nothing into it: it answers a conflict on
     * {@code page}, with the page there now as theirs and the person's edit kept. Without one, the page at the path
     * is taken as theirs, as it always was.
     */
    public SaveResult save(String path, PageEdit edit, Integer baseRevision, String pageToken, Actor actor) {
        readers.requireEditor(actor);
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
        CharterPages.refuseGoverned(page, "saved");
        if (pageToken != null && !pageToken.isBlank() && !pageToken.strip().equals(page.token())) {
            return otherPage(page, yours, baseRevision);
        }
        return saveOver(page, yours, baseRevision, RevisionKind.EDITED, null, actor, null);
    }

    /**
     * The answer to a save meant for another page than the one now at its path: nothing written, the person's edit
     * handed back beside the page as it is, to save over it from its current revision if they mean to.
     */
    private static SaveResult otherPage(PageEntity page, PageEdit yours, Integer baseRevision) {
        RevisionEntity current = RevisionEntity.existing(page, page.currentRevision);
        PageEdit now = current.asEdit();
        return new SaveResult(SaveOutcome.CONFLICT, null, new PageConflict(page.path, yours, now, NOTHING,
                baseRevision, current.number, List.of(PageConflict.OTHER_PAGE),
                TextDiff.lines(now.markdown(), yours.markdown()), page.token()));
    }

    /**
     * Restores an earlier revision's title, language, text and tags as a new revision (the visibility stays as the
     * person saw it), under the same rule as a save: {@code baseRevision} is the revision the person saw as current.
     */
    public SaveResult revert(String path, int number, Integer baseRevision, String summary, Actor actor) {
        readers.requireEditor(actor);
        if (baseRevision == null) {
            throw InvalidInputException.of("baseRevision", "required",
                    "is required: the revision you saw as the current one");
        }
        String note = PageRules.summary(summary);
        PageEntity page = lockedExisting(path);
        CharterPages.refuseGoverned(page, "reverted");
        RevisionEntity target = RevisionEntity.numbered(page, number);
        if (target == null) {
            throw InvalidInputException.of("revision", "unknown_revision", "is not a revision of this page: it has "
                    + "revisions 1 to " + page.currentRevision, page.currentRevision);
        }
        RevisionEntity base = baseOf(page, baseRevision);
        PageEdit restored = new PageEdit(target.title, target.markdown, target.language, base.visibility, note,
                List.of(target.tags));
        return saveOver(page, restored, baseRevision, RevisionKind.REVERTED, number, actor, null);
    }

    /**
     * Moves a page to another path; its former path leads to it from then on, so that links and bookmarks still
     * work. The pages below it stay where they are. Refused onto a path that already holds a page.
     */
    public PageRevision move(String path, String newPath, String summary, Actor actor) {
        readers.requireEditor(actor);
        String to = PageRules.path("newPath", newPath);
        String note = PageRules.summary(summary);
        lockPaths(path, to);
        PageEntity page = lockedExisting(path);
        CharterPages.refuseGoverned(page, "moved");
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
        RevisionEntity current = RevisionEntity.existing(page, page.currentRevision);
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

    /** A new page at a path known to be free (its lock held), with its first revision. */
    SaveResult create(String path, PageEdit created, Actor actor) {
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

    /**
     * A new revision over the locked page, merged three-way when the page moved on since the person's base; a
     * conflict writes nothing. {@code decisionReference} names the decision that adopted a charter page's revision.
     */
    SaveResult saveOver(PageEntity page, PageEdit sent, Integer baseRevision, RevisionKind kind, Integer revertedTo,
            Actor actor, String decisionReference) {
        RevisionEntity current = RevisionEntity.existing(page, page.currentRevision);
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
                                toResolve.markdown()), page.token()));
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

    /** The revision a person started from, or the problem with it: not a revision of this page. */
    static RevisionEntity baseOf(PageEntity page, int baseRevision) {
        RevisionEntity base = RevisionEntity.numbered(page, baseRevision);
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
    void lockPaths(String... paths) {
        for (String path : new TreeSet<>(List.of(paths))) {
            entities.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .setParameter("key", "kb.page:" + path).getSingleResult();
        }
    }

    /**
     * The page at this path, its row locked until the transaction ends: a second save of the same page waits here,
     * then reads the first one's revision as the current one and merges against it.
     */
    static PageEntity lockedPage(String path) {
        return PageEntity.<PageEntity> find("path", path).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private static PageEntity lockedPageMovedFrom(String path) {
        RedirectEntity redirect = RedirectEntity.findById(path);
        return redirect == null ? null : PageEntity.findById(redirect.pageId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The page at this path or moved from it, locked; not found when there is none. */
    static PageEntity lockedExisting(String path) {
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

    /** To the microsecond, as PostgreSQL keeps it, so that what a save answers is what a read gives later. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
