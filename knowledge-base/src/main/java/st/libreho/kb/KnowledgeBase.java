package st.libreho.kb;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.kb.internal.markdown.MarkdownRenderer;
import st.libreho.kb.internal.markdown.WikiPaths;
import st.libreho.kb.internal.pages.Attachments;
import st.libreho.kb.internal.pages.CharterPages;
import st.libreho.kb.internal.pages.PageReading;
import st.libreho.kb.internal.pages.PageRules;
import st.libreho.kb.internal.pages.PageSaving;
import st.libreho.kb.internal.pages.PageTags;
import st.libreho.kb.internal.pages.Readers;
import st.libreho.kb.internal.search.PageSearch;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;

/**
 * The knowledge base's public facade. Other modules call this, never the knowledge base's internals.
 * <p>
 * The knowledge base owns the platform's Markdown: the wiki renders its pages with it, and every other module that
 * shows a text a member wrote (a proposal, a README) renders it through {@link #render(String)}, so that the whole
 * platform reads Markdown the same way and is protected by the same sanitising (ADR 0010).
 * <p>
 * The wiki: anyone reads public pages; members-only pages are read by members of the network (people in the
 * delegation of a member organisation) and operators, and for anyone else they do not exist: the same "not found" as
 * a page never written, in lists too. Members and operators create, edit, move and revert pages. No edit is ever
 * lost: every save carries the revision it started from and is merged with what others saved meanwhile, or refused
 * with everything needed to resolve the conflict (ADR 0011).
 */
@ApplicationScoped
public class KnowledgeBase {

    /** Longer than anyone types into a search box; a longer text is cut there rather than refused. */
    public static final int MAX_SEARCH_LENGTH = 200;

    private final MarkdownRenderer markdown;
    private final Readers readers;
    private final PageReading reading;
    private final PageSaving saving;
    private final CharterPages charter;
    private final PageSearch search;
    private final Attachments attachments;
    private final PageTags tags;

    public KnowledgeBase(MarkdownRenderer markdown, Readers readers, PageReading reading, PageSaving saving,
            CharterPages charter, PageSearch search, Attachments attachments, PageTags tags) {
        this.markdown = markdown;
        this.readers = readers;
        this.reading = reading;
        this.saving = saving;
        this.charter = charter;
        this.search = search;
        this.attachments = attachments;
        this.tags = tags;
    }

    /**
     * Renders a member's Markdown to HTML that a page may show as it is: CommonMark with tables, heading anchors and
     * {@code [[Page path]]} / {@code [[Page path|label]]} links to wiki pages; raw HTML in the text is shown as
     * written, never interpreted; the result is sanitised by an allow-list. Needs no transaction and no database.
     *
     * @param markdown the text as the member wrote it; {@code null} renders as an empty text
     */
    public RenderedMarkdown render(String markdown) {
        return this.markdown.render(markdown == null ? "" : markdown);
    }

    /**
     * Renders a page's text as the page at this path will show it to this reader once saved: its links to attached
     * files ({@code attachments/plan.png}) at the page's address, and its links to paths where the reader finds no
     * page marked missing. What the editor's preview shows.
     *
     * @throws InvalidInputException naming {@code markdown} when the text is longer than a page may hold
     */
    @Transactional
    public RenderedMarkdown preview(String path, String markdown, Actor reader) {
        return reading.preview(path, markdown, reader);
    }

    /**
     * A path written the way the wiki stores it ({@code Guides/Sécurité} as {@code guides/securite}), as wiki links
     * write it; empty when it names no page.
     */
    public String normalisePath(String path) {
        return path == null ? "" : WikiPaths.normalise(path);
    }

    /**
     * The path of a new page at this address, written as the wiki writes paths ({@link #normalisePath}), when a page
     * may be there: what to check before opening the editor on a page not written yet, so that nobody types a page
     * that cannot be saved.
     *
     * @throws InvalidInputException naming {@code path}: empty once written so, longer than 200 characters, or one of
     *         the wiki's own addresses ({@code changes}, {@code tags/...}, ending with {@code edit}...)
     */
    public String newPagePath(String path) {
        String normalised = normalisePath(path);
        if (normalised.isEmpty()) {
            throw path == null || path.isBlank() ? InvalidInputException.of("path", "required", "is required")
                    : InvalidInputException.of("path", "path_characters", "may hold only lower-case letters, digits, "
                            + "'-' and '_', in parts separated by '/'");
        }
        return PageRules.path("path", normalised);
    }

    // --- reading --------------------------------------------------------------------------------------------

    /**
     * The page at this path as this reader sees it, or the page that was moved from it (then its {@code path}
     * differs from the one asked for); empty when there is none the reader may see.
     *
     * @param reader null for a visitor who is not signed in
     */
    @Transactional
    public Optional<PageView> page(String path, Actor reader) {
        return reading.page(path, reader);
    }

    /** The top-level pages this reader may see, by title; {@code page} from 1, {@code size} up to 100. */
    @Transactional
    public Page<PageLink> topLevelPages(int page, int size, Actor reader) {
        return reading.topLevel(page, size, reader);
    }

    /**
     * A page's revisions, newest first, paginated; empty when the reader may not see the page. A reader who is not a
     * member sees only the revisions that were public.
     */
    @Transactional
    public Optional<PageHistory> history(String path, int page, int size, Actor reader) {
        return reading.history(path, page, size, reader);
    }

    /** One revision of a page as it was, rendered; empty when there is none the reader may see. */
    @Transactional
    public Optional<RevisionView> revision(String path, int revision, Actor reader) {
        return reading.revision(path, revision, reader);
    }

    /**
     * The lines that differ between two revisions (with a word-level marking inside changed lines); {@code from}
     * defaults to the revision before {@code to}, {@code to} to the current one. Empty when either is not one the
     * reader may see.
     */
    @Transactional
    public Optional<PageDiff> diff(String path, Integer from, Integer to, Actor reader) {
        return reading.diff(path, from, to, reader);
    }

    /**
     * The pages this reader may see that hold these words, best first: titles weigh more than texts, accents and
     * word endings (French, English) do not matter, each hit has a snippet with the words marked. An empty text
     * finds nothing. {@code page} from 1, {@code size} up to 100.
     */
    @Transactional
    public Page<SearchHit> search(String text, int page, int size, Actor reader) {
        return search(text, null, page, size, reader);
    }

    /**
     * The same search among the pages with a tag: {@code tag} is read as the wiki writes tags ({@code Backup} as
     * {@code backup}); one that can be no page's tag finds nothing. With a tag and no words, the pages with the tag,
     * by title, each with the start of its text as its snippet (rank 0). Without either, nothing.
     *
     * @param tag null or blank for no filter
     */
    @Transactional
    public Page<SearchHit> search(String text, String tag, int page, int size, Actor reader) {
        int number = Math.min(Math.max(1, page), 10_000);
        int perPage = Math.min(Math.max(1, size), 100);
        String words = text == null ? "" : text.strip();
        boolean filtered = tag != null && !tag.isBlank();
        String filter = filtered ? PageTags.normalise(tag) : null;
        if (words.isEmpty() && !filtered || filtered && filter.isEmpty()) {
            return new Page<>(List.of(), number, perPage, 0);
        }
        if (words.length() > MAX_SEARCH_LENGTH) {
            words = words.substring(0, MAX_SEARCH_LENGTH);
        }
        return search.search(words, filter, readers.isMember(reader), number, perPage);
    }

    // --- tags -----------------------------------------------------------------------------------------------

    /**
     * A tag as the wiki writes it: trimmed, in lower case ({@code  Backup } as {@code backup}); empty when it can be
     * no page's tag (tags are lower-case words of letters a to z and digits joined by hyphens, at most 40
     * characters).
     */
    public String normaliseTag(String tag) {
        return PageTags.normalise(tag);
    }

    /**
     * The pages with this tag that the reader may see, by title; {@code page} from 1, {@code size} up to 100. A tag
     * found only on members-only pages has no pages for anyone else.
     */
    @Transactional
    public Page<PageLink> pagesTagged(String tag, int page, int size, Actor reader) {
        int number = Math.min(Math.max(1, page), 10_000);
        int perPage = Math.min(Math.max(1, size), 100);
        String normalised = PageTags.normalise(tag);
        if (normalised.isEmpty()) {
            return new Page<>(List.of(), number, perPage, 0);
        }
        return tags.tagged(normalised, readers.isMember(reader), number, perPage);
    }

    /** Every tag of the pages this reader may see, with how many of those pages carry it, by tag. */
    @Transactional
    public List<TagCount> tags(Actor reader) {
        return tags.counts(readers.isMember(reader));
    }

    /** Every revision of the pages this reader may see, newest first, paginated. */
    @Transactional
    public Page<RecentChange> recentChanges(int page, int size, Actor reader) {
        return reading.recentChanges(page, size, reader);
    }

    /**
     * Every page of the export, by path, each with its current revision's text: the public pages, and for an
     * operator the members-only pages too. Members who are not operators get the public pages, as visitors do: an
     * export is a copy that leaves the site, and copying the members' pages out is an operator's decision.
     *
     * @param reader null for a visitor who is not signed in
     */
    @Transactional
    public List<ExportedPage> exportPages(Actor reader) {
        return reading.export(reader != null && reader.operator());
    }

    /**
     * The export with each page's attached files (their current versions), read in one read-only transaction, so that
     * the files are those of the pages' texts at that moment: two statements, however many pages and files. The same
     * pages as {@link #exportPages(Actor)}.
     *
     * @param reader null for a visitor who is not signed in
     */
    @Transactional
    public WikiExport export(Actor reader) {
        return reading.exportWithFiles(reader != null && reader.operator());
    }

    /** Whether this person may create, edit, move and revert pages: a member of the network, or an operator. */
    @Transactional
    public boolean mayEdit(Actor actor) {
        return readers.isMember(actor);
    }

    // --- writing --------------------------------------------------------------------------------------------

    /**
     * Saves a page. {@code baseRevision} is the revision the person started from, null to create the page. When the
     * page has moved on since, their changes are merged with the others' ({@link SaveOutcome#MERGED}); when the two
     * overlap, nothing is saved and the result carries a {@link PageConflict}. Tags merge tag by tag: each side's
     * additions and removals are kept, and only a result with more tags than a page may have is a conflict (on
     * {@code tags}); tags left {@code null} in the edit stay as they were at {@code baseRevision}. Saving from a path the page moved from
     * saves the page where it is now.
     *
     * @throws InvalidInputException naming each bad field ({@code path}, {@code title}, {@code markdown},
     *         {@code language}, {@code visibility}, {@code summary}, {@code tags}, {@code baseRevision})
     * @throws NotFoundException when a base revision is given for a path that holds no page
     * @throws io.quarkus.security.UnauthorizedException without an actor
     * @throws io.quarkus.security.ForbiddenException for anyone but members and operators
     * @throws GovernedPageException when the page is a charter page (as for a revert, a move and an attachment)
     */
    @Transactional
    public SaveResult save(String path, PageEdit edit, Integer baseRevision, Actor actor) {
        return saving.save(path, edit, baseRevision, null, actor);
    }

    /**
     * Saves a page as {@link #save(String, PageEdit, Integer, Actor)} does, making sure the save lands on the page the
     * person started from: {@code pageToken} is that page's {@link PageView#pageToken()}. When the page at the path
     * is another one (theirs was moved away and another page took its path), nothing is saved and the result is a
     * conflict on {@code page} ({@link PageConflict#otherPage()}) with the page there now as theirs, the person's
     * edit kept, and that page's token to save over it knowingly. A null or blank token checks nothing.
     */
    @Transactional
    public SaveResult save(String path, PageEdit edit, Integer baseRevision, String pageToken, Actor actor) {
        return saving.save(path, edit, baseRevision, pageToken, actor);
    }

    /**
     * Makes an earlier revision's title, language, text and tags current again, as a new revision (the page keeps its
     * visibility). {@code baseRevision} is the revision the person saw as current, and the same merge rule as
     * {@link #save} applies.
     */
    @Transactional
    public SaveResult revert(String path, int revision, Integer baseRevision, String summary, Actor actor) {
        return saving.revert(path, revision, baseRevision, summary, actor);
    }

    /**
     * Moves a page to {@code newPath}; its former path leads to it from then on. The pages below it stay where they
     * are. Records a revision (same text and tags) so that the move shows in the history and recent changes.
     *
     * @throws InvalidInputException naming {@code newPath} when it is not a valid path or already holds a page
     */
    @Transactional
    public PageRevision move(String path, String newPath, String summary, Actor actor) {
        return saving.move(path, newPath, summary, actor);
    }

    // --- attachments ----------------------------------------------------------------------------------------

    /**
     * Attaches a file to a page (members and operators). Its name is made safe ({@link #normaliseAttachmentName});
     * a name the page already has gets a new version and the older bytes stay. Its content type is decided from the
     * bytes, whatever the uploader claimed.
     *
     * @throws InvalidInputException naming {@code name} (nothing left once made safe) or {@code file} (empty, or
     *         larger than {@code librehosters.kb.attachment-max-size})
     * @throws NotFoundException when no page is at the path
     */
    @Transactional
    public AttachmentInfo attach(String path, String name, byte[] bytes, Actor actor) {
        return attachments.attach(path, name, bytes, actor);
    }

    /** A page's file at its current version (or at {@code version}), if the reader may read the page. */
    @Transactional
    public Optional<AttachmentFile> attachment(String path, String name, Integer version, Actor reader) {
        return attachments.file(path, name, version, reader);
    }

    /** A page's files, current versions, by name. */
    @Transactional
    public List<AttachmentInfo> attachments(String path, Actor reader) {
        return attachments.list(path, reader);
    }

    /** A file name as the knowledge base stores it: no folders, no leading dots, at most 100 characters. */
    public String normaliseAttachmentName(String name) {
        return Attachments.normaliseName(name);
    }

    // --- charter pages --------------------------------------------------------------------------------------

    /**
     * Whether the page at this path is a charter page governed by the network (the CPP): nobody saves, reverts or
     * moves it; members propose revisions, and one becomes current only when governance adopts it.
     */
    @Transactional
    public boolean isGoverned(String path) {
        return charter.isGoverned(path == null ? "" : WikiPaths.normalise(path));
    }

    /**
     * Stores a member's proposed revision of a charter page. The page does not change; the proposal is listed with
     * its diff against the current text ({@link #charterProposals}).
     *
     * @param baseRevision the revision the member started from, required
     * @throws InvalidInputException naming each bad field, or {@code path} when the page is not governed
     * @throws io.quarkus.security.ForbiddenException for anyone but members and operators
     */
    @Transactional
    public CharterProposal proposeCharterRevision(String path, PageEdit edit, Integer baseRevision, Actor actor) {
        return charter.propose(path, edit, baseRevision, actor);
    }

    /** The proposed revisions of a charter page, newest first; empty when the reader may not see the page. */
    @Transactional
    public Optional<List<CharterProposal>> charterProposals(String path, Actor reader) {
        return charter.proposals(path, reader);
    }

    /**
     * Makes a proposal the charter page's current revision, because an adopted charter-change decision names it
     * (called by governance). The new revision is merged three-way against the page as it is now, as a save is, and
     * records {@code decisionReference}; when it cannot merge, nothing changes and the result carries the conflict.
     *
     * @throws InvalidInputException naming {@code decisionReference} when it is blank, {@code proposalId} when it was
     *         adopted already, {@code path} when the page is not governed
     * @throws NotFoundException when there is no such page or proposal
     */
    @Transactional
    public SaveResult adoptCharterRevision(String path, long proposalId, String decisionReference) {
        return charter.adopt(path, proposalId, decisionReference);
    }
}
