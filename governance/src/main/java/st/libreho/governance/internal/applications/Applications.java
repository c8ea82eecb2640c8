package st.libreho.governance.internal.applications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationView;
import st.libreho.governance.ApplicationDraft;
import st.libreho.governance.ApplicationState;
import st.libreho.governance.ApplicationSubmitted;
import st.libreho.governance.ApplicationSummary;
import st.libreho.governance.ApplicationView;
import st.libreho.governance.Outcome;
import st.libreho.governance.ProposalView;
import st.libreho.governance.internal.proposals.MeetingRecord;
import st.libreho.governance.internal.proposals.ProposalEntity;
import st.libreho.governance.internal.proposals.ProposalReading;
import st.libreho.governance.internal.proposals.Proposals;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;
import st.libreho.platform.Page;

/**
 * Applications to join: the organisation enters the directory as an applicant (the directory checks its entry), the
 * person who applied is its first delegation address, and a membership proposal opens with the rules of the day (the
 * review period among them). Members discuss and take stances there; the applicant revises and answers.
 */
@ApplicationScoped
public class Applications {

    static final int MAX_PAGE = 100;

    private final Directory directory;
    private final Proposals proposals;
    private final ProposalReading reading;
    private final MeetingRecord meetings;
    private final Event<ApplicationSubmitted> submitted;
    private final Clock clock;

    public Applications(Directory directory, Proposals proposals, ProposalReading reading, MeetingRecord meetings,
            Event<ApplicationSubmitted> submitted, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.proposals = proposals;
        this.reading = reading;
        this.meetings = meetings;
        this.submitted = submitted;
    }

    public ApplicationEntity apply(ApplicationDraft draft, Actor actor) {
        if (actor == null || actor.subject() == null || actor.email() == null) {
            throw new ForbiddenException("Sign in with an e-mail address to apply.");
        }
        if (draft.organisation() == null) {
            throw InvalidInputException.of("organisation", "required", "Describe the organisation");
        }
        if (draft.motivation() == null || draft.motivation().isBlank()) {
            throw InvalidInputException.of("motivation", "required",
                    "Say why the organisation wants to join and how it meets the commitments");
        }
        OrganisationDetails details = draft.organisation().contactEmail() == null
                || draft.organisation().contactEmail().isBlank() ? draft.organisation().withContactEmail(actor.email())
                        : draft.organisation();
        OrganisationView organisation = directory.createApplicant(draft.slug(), details, actor);
        // the person who applied speaks for the applicant from now on, whatever public address it gave
        if (directory.delegation(organisation.slug(), Actor.platform()).stream()
                .noneMatch(delegate -> delegate.email().equalsIgnoreCase(actor.email()))) {
            directory.addDelegate(organisation.slug(), actor.email(), Actor.platform());
        }
        ProposalEntity proposal = proposals.openMembership(organisation.slug(),
                "Application: " + organisation.details().name(), draft.motivation(), actor);
        ApplicationEntity application = new ApplicationEntity();
        application.organisation = organisation.slug();
        application.organisationName = organisation.details().name();
        application.proposalId = proposal.id;
        application.submittedBy = actor.name();
        application.submittedByEmail = actor.email();
        application.submittedAt = proposal.openedAt;
        application.persist();
        submitted.fire(new ApplicationSubmitted(application.id, proposal.id, application.organisation,
                application.organisationName, application.submittedAt));
        return application;
    }

    public ApplicationEntity require(long id) {
        ApplicationEntity application = ApplicationEntity.findById(id);
        if (application == null) {
            throw new NotFoundException("There is no application " + id + ".");
        }
        return application;
    }

    /** An application with its membership proposal, closed first if its date has passed. */
    public java.util.Optional<ApplicationView> find(long id) {
        java.util.Optional<ApplicationEntity> found = java.util.Optional.ofNullable(ApplicationEntity.findById(id));
        found.ifPresent(application -> reading.closeIfDue(application.proposalId));
        return found.map(this::view);
    }

    public ApplicationView view(ApplicationEntity application) {
        ProposalView proposal = reading.view(proposals.require(application.proposalId));
        ApplicationState state = state(proposal.outcome());
        boolean accepted = state == ApplicationState.ACCEPTED;
        return new ApplicationView(application.id, application.organisation, application.organisationName, state,
                application.submittedBy, application.submittedAt,
                proposal.openedAt().plus(proposal.rules().reviewPeriod()),
                meetings.discussedAtMeeting(application.proposalId, proposal.closedAt() == null
                        ? clock.instant() : proposal.closedAt()),
                proposal, accepted ? "Welcome to " + application.organisationName : null,
                accepted ? welcomeText(application) : null);
    }

    static ApplicationState state(Outcome outcome) {
        if (outcome == null) {
            return ApplicationState.UNDER_REVIEW;
        }
        return switch (outcome) {
            case CONSENSUS, ROUGH_CONSENSUS -> ApplicationState.ACCEPTED;
            case NOT_ADOPTED -> ApplicationState.DECLINED;
            case WITHDRAWN -> ApplicationState.WITHDRAWN;
        };
    }

    private static String welcomeText(ApplicationEntity application) {
        return "The librehosters network welcomes **" + application.organisationName + "** as a member.\n\n"
                + "After a month of review and a discussion at the monthly meeting, the members agreed to its "
                + "application. Its services and commitments are in the directory: /members/"
                + application.organisation + "\n";
    }

    public Page<ApplicationSummary> list(int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(1, page);
        var found = ApplicationEntity.<ApplicationEntity> findAll(Sort.by("submittedAt", Sort.Direction.Descending)
                .and("id", Sort.Direction.Descending)).page(pageNumber - 1, pageSize);
        List<ApplicationEntity> applications = found.list();
        List<Long> ids = applications.stream().map(a -> a.proposalId).toList();
        Map<Long, ProposalEntity> byId = ids.isEmpty() ? Map.of()
                : ProposalEntity.<ProposalEntity> list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return new Page<>(applications.stream().map(a -> {
            ProposalEntity p = byId.get(a.proposalId);
            return new ApplicationSummary(a.id, a.organisation, a.organisationName, state(p.outcome),
                    a.submittedAt, a.proposalId, p.closesAt);
        }).toList(), pageNumber, pageSize, found.count());
    }
}
