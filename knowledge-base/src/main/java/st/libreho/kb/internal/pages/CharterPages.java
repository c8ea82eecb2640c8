package st.libreho.kb.internal.pages;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import st.libreho.kb.CharterProposal;
import st.libreho.kb.GovernedPageException;
import st.libreho.kb.PageEdit;
import st.libreho.kb.RevisionKind;
import st.libreho.kb.SaveOutcome;
import st.libreho.kb.SaveResult;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Charter pages, governed by the network (ADR 0011's amendment): nobody saves, reverts or moves them or attaches
 * files to them; members propose revisions, kept apart from the page's revisions, and governance adopts one by a
 * decision, which saves it over the page as any save is (merged three-way from the revision it started from). Runs
 * inside the facade's transactions.
 */
@ApplicationScoped
public class CharterPages {

    private final Readers readers;
    private final PageSaving saving;
    private final PublicContent publicContent;

    public CharterPages(Readers readers, PageSaving saving, PublicContent publicContent) {
        this.readers = readers;
        this.saving = saving;
        this.publicContent = publicContent;
    }

    /** Thrown before anything is written: a governed page changes only by an adopted proposal. */
    static void refuseGoverned(PageEntity page, String what) {
        if (page.governed) {
            throw new GovernedPageException(page.path, what);
        }
    }

    /** Whether the page at this path (or moved from it) is governed; false when there is none. */
    public boolean isGoverned(String path) {
        PageEntity page = PageEntity.resolve(path);
        return page != null && page.governed;
    }

    /**
     * Creates a governed page, or does nothing when a page is already at this path (the start-up seeding); true when
     * it created it.
     */
    public boolean createGoverned(String path, PageEdit edit, Actor actor) {
        PageEdit checked = PageRules.edit(edit, path);
        saving.lockPaths(path);
        if (PageSaving.lockedPage(path) != null) {
            return false;
        }
        saving.create(path, checked, actor);
        PageEntity page = PageSaving.lockedPage(path);
        page.governed = true;
        return true;
    }

    /** Stores a member's proposed revision of a governed page; the page does not change. */
    public CharterProposal propose(String path, PageEdit edit, Integer baseRevision, Actor actor) {
        readers.requireEditor(actor);
        PageEdit proposed = PageRules.edit(edit, path);
        PageEntity page = PageSaving.lockedExisting(path);
        if (!page.governed) {
            throw InvalidInputException.of("path", "not_governed", "is not a charter page: save it directly",
                    page.path);
        }
        if (baseRevision == null) {
            throw InvalidInputException.of("baseRevision", "required",
                    "is required: the revision you started from", page.currentRevision);
        }
        RevisionEntity base = PageSaving.baseOf(page, baseRevision);
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
        proposal.createdAt = PageSaving.now();
        proposal.persist();
        publicContent.changed(); // the page's history lists it
        return proposalView(page, proposal);
    }

    /** The proposals for a governed page, newest first; empty when the reader may not see the page. */
    public Optional<List<CharterProposal>> proposals(String path, Actor reader) {
        PageEntity page = PageEntity.resolve(path);
        if (page == null || !Readers.readable(page, readers.isMember(reader))) {
            return Optional.empty();
        }
        List<ProposalEntity> found = ProposalEntity.find("pageId = ?1 order by id desc", page.id)
                .page(0, PageReading.MAX_LISTED).list();
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
        PageEntity page = PageSaving.lockedExisting(path);
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
        SaveResult result = saving.saveOver(page, yours, proposal.baseNumber, RevisionKind.ADOPTED, null,
                new Actor(proposal.authorSubject, proposal.authorName, null, false, false), decision);
        if (result.outcome() == SaveOutcome.SAVED || result.outcome() == SaveOutcome.MERGED) {
            proposal.adoptedRevision = result.saved().revision().number();
        }
        return result;
    }

    private static CharterProposal proposalView(PageEntity page, ProposalEntity proposal) {
        RevisionEntity current = RevisionEntity.existing(page, page.currentRevision);
        return new CharterProposal(proposal.id, page.path, proposal.baseNumber, proposal.title, proposal.markdown,
                proposal.language, proposal.visibility, proposal.summary, proposal.authorName, proposal.createdAt,
                proposal.adoptedRevision, TextDiff.lines(current.markdown, proposal.markdown), List.of(proposal.tags));
    }
}
