package st.libreho.governance.internal.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.quarkus.security.ForbiddenException;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.governance.FrozenRules;
import st.libreho.governance.ProposalClosedException;
import st.libreho.governance.ProposalDraft;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalOpened;
import st.libreho.governance.ProposalRevised;
import st.libreho.governance.ProposalState;
import st.libreho.governance.internal.GovernanceConfig;
import st.libreho.kb.KnowledgeBase;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.EmailAddress;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;

/** Opening proposals and changing their text: the rules are frozen when it opens, every version is kept. */
@ApplicationScoped
public class Proposals {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 100_000;

    private final GovernanceConfig config;
    private final Clock clock;
    private final Speakers speakers;
    private final Directory directory;
    private final MeetingRecord meetings;
    private final Event<ProposalOpened> opened;
    private final KnowledgeBase knowledgeBase;
    private final Event<ProposalRevised> revised;

    public Proposals(GovernanceConfig config, Clock clock, Speakers speakers, Directory directory,
            MeetingRecord meetings, Event<ProposalOpened> opened, KnowledgeBase knowledgeBase,
            Event<ProposalRevised> revised) {
        this.revised = revised;
        this.knowledgeBase = knowledgeBase;
        this.config = config;
        this.clock = clock;
        this.speakers = speakers;
        this.directory = directory;
        this.meetings = meetings;
        this.opened = opened;
    }

    /** A member opens a proposal for their organisation. */
    public ProposalEntity open(ProposalDraft draft, Actor actor) {
        var speaker = speakers.requireMember(actor, draft.speakingFor());
        List<FieldProblem> problems = new ArrayList<>();
        check(draft, problems);
        if (draft.kind() == ProposalKind.MEMBERSHIP) {
            problems.add(FieldProblem.of("kind", "membership_by_application",
                    "A membership proposal is opened by an application to join (POST /api/v1/applications, /join)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return persist(draft, actor.name(), actor.email(), speaker.slug());
    }

    /** The platform opens an application's membership proposal for the applicant. */
    public ProposalEntity openMembership(String applicant, String title, String text, Actor applicantPerson) {
        ProposalDraft draft = new ProposalDraft(ProposalKind.MEMBERSHIP, title, text, null, null, null, applicant,
                null, null, List.of());
        List<FieldProblem> problems = new ArrayList<>();
        check(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return persist(draft, applicantPerson.name(), applicantPerson.email(), null);
    }

    private ProposalEntity persist(ProposalDraft draft, String name, String email, String openedFor) {
        Instant now = clock.instant();
        ProposalEntity proposal = new ProposalEntity();
        proposal.kind = draft.kind();
        proposal.title = draft.title().strip();
        proposal.state = ProposalState.OPEN;
        proposal.openedAt = now;
        proposal.closesAt = closingDate(draft, now);
        proposal.openedBy = name;
        proposal.openedByEmail = email;
        proposal.openedFor = openedFor;
        // an application's facilitator is never the applicant: the next meeting's, or whoever facilitates when it is
        // declared (Closing#declare)
        proposal.facilitator = draft.facilitator() == null || draft.facilitator().isBlank()
                ? meetings.nextFacilitator(now).orElse(openedFor == null ? null : email)
                : draft.facilitator().strip().toLowerCase(Locale.ROOT);
        proposal.concerned = draft.concerned();
        proposal.freeze(frozenRules(draft.kind()));
        proposal.charterPath = draft.charterPath();
        proposal.charterRevision = draft.charterRevision();
        proposal.careTeam = draft.careTeam().isEmpty() ? null
                : String.join(",", draft.careTeam().stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList());
        proposal.textVersion = 1;
        proposal.persist();
        addVersion(proposal, draft.title().strip(), draft.text(), null, name, now);
        opened.fire(new ProposalOpened(proposal.id, proposal.kind, proposal.title, proposal.closesAt,
                proposal.concerned));
        return proposal;
    }

    /** The rules in force now, to be frozen on a proposal of this kind. */
    public FrozenRules frozenRules(ProposalKind kind) {
        return new FrozenRules(config.mode(), config.quorum(), config.minSupport(), config.appealWindow(),
                kind == ProposalKind.MEMBERSHIP ? config.reviewPeriod() : null);
    }

    private Instant closingDate(ProposalDraft draft, Instant now) {
        Instant earliest = now.plus(draft.kind() == ProposalKind.MEMBERSHIP ? config.reviewPeriod()
                : config.minProposalDuration());
        return draft.closesAt() == null || draft.closesAt().isBefore(earliest) ? earliest : draft.closesAt();
    }

    private void check(ProposalDraft draft, List<FieldProblem> problems) {
        Instant now = clock.instant();
        if (draft.kind() == null) {
            problems.add(FieldProblem.of("kind", "required", "Choose the kind of proposal"));
        }
        checkText(draft.title(), draft.text(), problems);
        if (draft.closesAt() != null && draft.kind() != ProposalKind.MEMBERSHIP
                && draft.closesAt().isBefore(now.plus(config.minProposalDuration()))) {
            problems.add(FieldProblem.of("closesAt", "too_soon", "A proposal stays open at least "
                    + config.minProposalDuration().toDays() + " days: choose a later closing date"));
        }
        if (draft.facilitator() != null && !draft.facilitator().isBlank()) {
            if (!EmailAddress.isValid(draft.facilitator().strip())) {
                problems.add(FieldProblem.of("facilitator", "invalid_email", "Give an e-mail address"));
            } else if (!speakers.isMemberAddress(draft.facilitator().strip())) {
                problems.add(FieldProblem.of("facilitator", "not_member_address",
                        "The facilitator must be in the delegation of a member organisation"));
            }
        }
        if (draft.kind() == ProposalKind.EXCLUSION || draft.kind() == ProposalKind.END_OF_SERVICES) {
            if (draft.concerned() == null || draft.concerned().isBlank()) {
                problems.add(FieldProblem.of("concerned", "required", "Name the member organisation concerned"));
            } else if (directory.statusOf(draft.concerned()).orElse(null) != OrganisationStatus.MEMBER) {
                problems.add(FieldProblem.of("concerned", "not_member",
                        "'" + draft.concerned() + "' is not a member organisation"));
            }
        }
        if (draft.kind() == ProposalKind.CHARTER_CHANGE) {
            checkCharter(draft, problems);
        }
        if (draft.kind() == ProposalKind.CARE_TEAM) {
            if (draft.careTeam().isEmpty()) {
                problems.add(FieldProblem.of("careTeam", "required", "Name the people of the care team"));
            }
            for (String address : draft.careTeam()) {
                if (!EmailAddress.isValid(address.strip())) {
                    problems.add(FieldProblem.of("careTeam", "invalid_email", "'" + address
                            + "' is not an e-mail address"));
                }
            }
        }
    }

    /** A charter change names a governed page and one of its proposed revisions not adopted yet. */
    private void checkCharter(ProposalDraft draft, List<FieldProblem> problems) {
        if (draft.charterPath() == null || draft.charterPath().isBlank() || draft.charterRevision() == null) {
            problems.add(FieldProblem.of("charterPath", "required",
                    "Name the charter page and the proposed revision this change approves"));
            return;
        }
        if (!knowledgeBase.isGoverned(draft.charterPath())) {
            problems.add(FieldProblem.of("charterPath", "not_governed",
                    "'" + draft.charterPath() + "' is not a charter page of the knowledge base", draft.charterPath()));
            return;
        }
        boolean proposed = knowledgeBase.charterProposals(draft.charterPath(), Actor.platform()).orElse(List.of())
                .stream().anyMatch(p -> p.id() == draft.charterRevision() && p.adoptedRevision() == null);
        if (!proposed) {
            problems.add(FieldProblem.of("charterRevision", "not_proposed",
                    "The page has no proposed revision " + draft.charterRevision() + " waiting for a decision",
                    draft.charterRevision()));
        }
    }

    static void checkText(String title, String text, List<FieldProblem> problems) {
        if (title == null || title.isBlank()) {
            problems.add(FieldProblem.of("title", "required", "Give the proposal a title"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(FieldProblem.of("title", "too_long", "At most " + MAX_TITLE + " characters"));
        }
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of("text", "required", "Write the text of the proposal"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(FieldProblem.of("text", "too_long", "At most " + MAX_TEXT + " characters"));
        }
    }

    /**
     * A new version of the text, by the delegation that opened it (for an application, the applicant's). Earlier
     * stances become stale. {@code baseVersion}, when given, is the text version the person started from.
     */
    public ProposalEntity revise(long id, String title, String text, String summary, Integer baseVersion,
            Actor actor) {
        ProposalEntity proposal = requireOpen(id);
        requireAuthor(proposal, actor);
        List<FieldProblem> problems = new ArrayList<>();
        checkText(title, text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (baseVersion != null && baseVersion != proposal.textVersion) {
            throw new ConcurrentChangeException("proposal " + id, null, proposal.textVersion);
        }
        ProposalVersionEntity current = ProposalVersionEntity
                .find("proposalId = ?1 and number = ?2", id, proposal.textVersion).firstResult();
        if (current != null && current.text.equals(text) && current.title.equals(title.strip())) {
            return proposal;
        }
        proposal.textVersion++;
        proposal.title = title.strip();
        addVersion(proposal, title.strip(), text, summary == null || summary.isBlank() ? null : summary.strip(),
                actor.name(), clock.instant());
        List<String> stale = StanceEntity.<StanceEntity> list("proposalId = ?1 order by organisation", id).stream()
                .map(stance -> stance.organisation).toList();
        if (!stale.isEmpty()) {
            revised.fire(new ProposalRevised(id, proposal.title, proposal.textVersion, stale));
        }
        return proposal;
    }

    /** Who may change the text: the opening organisation's delegation, or for an application the applicant's. */
    public void requireAuthor(ProposalEntity proposal, Actor actor) {
        String owner = proposal.kind == ProposalKind.MEMBERSHIP ? proposal.concerned : proposal.openedFor;
        if (owner == null) {
            throw new ForbiddenException("This proposal's text cannot be changed.");
        }
        speakers.requireSpeaker(actor, owner);
    }

    private void addVersion(ProposalEntity proposal, String title, String text, String summary, String author,
            Instant at) {
        ProposalVersionEntity version = new ProposalVersionEntity();
        version.proposalId = proposal.id;
        version.number = proposal.textVersion;
        version.title = title;
        version.text = text;
        version.summary = summary;
        version.author = author;
        version.createdAt = at;
        version.persist();
    }

    public ProposalEntity require(long id) {
        ProposalEntity proposal = ProposalEntity.findById(id);
        if (proposal == null) {
            throw new NotFoundException("There is no proposal " + id + ".");
        }
        return proposal;
    }

    public ProposalEntity requireOpen(long id) {
        ProposalEntity proposal = require(id);
        if (!proposal.isOpen() || !proposal.closesAt.isAfter(clock.instant())) {
            throw new ProposalClosedException(id);
        }
        return proposal;
    }
}
