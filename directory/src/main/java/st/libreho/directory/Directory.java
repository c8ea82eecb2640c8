package st.libreho.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import st.libreho.directory.internal.organisations.Access;
import st.libreho.directory.internal.organisations.DirectorySearch;
import st.libreho.directory.internal.organisations.History;
import st.libreho.directory.internal.organisations.OrganisationEntity;
import st.libreho.directory.internal.organisations.Organisations;
import st.libreho.directory.internal.people.People;

/**
 * The directory's public facade: people, member organisations, their delegations, services, contacts and
 * commitment statements. Other modules call this, never the directory's entities or tables. Every change checks on
 * the server who asks for it, through the {@link Actor} it is given.
 */
@ApplicationScoped
public class Directory {

    /** Role of a person in the delegation of any organisation. */
    public static final String DELEGATE_ROLE = "delegate";
    /** Role of a person in the delegation of a member organisation. */
    public static final String MEMBER_ROLE = "member";

    private final People people;
    private final Organisations organisations;
    private final DirectorySearch search;
    private final History history;
    private final Access access;

    public Directory(People people, Organisations organisations, DirectorySearch search, History history,
            Access access) {
        this.people = people;
        this.organisations = organisations;
        this.search = search;
        this.history = history;
        this.access = access;
    }

    // --- people -------------------------------------------------------------------------------------------

    /** Records a person on their first sign-in or API call, and refreshes what the provider says of them afterwards. */
    @Transactional
    public PersonView recordSignIn(SignInClaims claims) {
        return people.record(claims);
    }

    /** The person with this provider subject, if they have ever signed in. */
    @Transactional
    public Optional<PersonView> personBySubject(String subject) {
        return people.bySubject(subject);
    }

    /** The organisations whose delegation holds this person's verified e-mail address. */
    @Transactional
    public List<OrganisationMembership> organisationsOf(Actor actor) {
        List<Long> ids = access.organisationsOf(actor);
        if (ids.isEmpty()) {
            return List.of();
        }
        return OrganisationEntity.<OrganisationEntity> list("id in ?1 order by name", ids).stream()
                .map(o -> new OrganisationMembership(o.id, o.slug, o.name, o.status == OrganisationStatus.MEMBER))
                .toList();
    }

    /** The platform roles this person's delegations give: {@link #DELEGATE_ROLE} and {@link #MEMBER_ROLE}. */
    @Transactional
    public Set<String> rolesOf(Actor actor) {
        Set<String> roles = new TreeSet<>();
        for (OrganisationMembership membership : organisationsOf(actor)) {
            roles.add(DELEGATE_ROLE);
            if (membership.member()) {
                roles.add(MEMBER_ROLE);
            }
        }
        return roles;
    }

    // --- reading ------------------------------------------------------------------------------------------

    @Transactional
    public Page<OrganisationSummary> searchOrganisations(DirectoryQuery query) {
        return search.organisations(query);
    }

    @Transactional
    public Page<ServiceListing> searchServices(DirectoryQuery query) {
        return search.services(query);
    }

    @Transactional
    public Optional<OrganisationProfile> profile(String slug) {
        return organisations.profile(slug);
    }

    @Transactional
    public Page<HistoryEntry> history(String slug, int page, int size) {
        return history.of(organisations.require(slug).id, Math.max(1, page), Math.min(Math.max(1, size), 100));
    }

    /** Whether this person may change this organisation's entry: a delegate of it, or an operator. */
    @Transactional
    public boolean canManage(Actor actor, String slug) {
        OrganisationEntity organisation = OrganisationEntity.bySlug(slug);
        return organisation != null && actor != null
                && (actor.operator() || access.isDelegate(actor, organisation.id));
    }

    // --- organisations ------------------------------------------------------------------------------------

    /** An operator records one of the network's founding members (the first members cannot apply to nobody). */
    @Transactional
    public OrganisationView createFoundingMember(String slug, OrganisationDetails details, Actor actor) {
        access.requireOperator(actor);
        return organisations.create(slug, details, OrganisationStatus.MEMBER, actor);
    }

    /** An organisation enters the directory as an applicant; governance then decides on its application. */
    @Transactional
    public OrganisationView createApplicant(String slug, OrganisationDetails details, Actor actor) {
        return organisations.create(slug, details, OrganisationStatus.APPLICANT, actor);
    }

    /**
     * Changes an organisation's status (applicant, member, leaving, former member). Only the platform and operators
     * may: governance calls this when a decision is taken.
     */
    @Transactional
    public OrganisationView changeStatus(String slug, OrganisationStatus status, Actor actor) {
        access.requireOperator(actor);
        return organisations.changeStatus(slug, status, actor);
    }

    /** Updates the entry; {@code expectedVersion} is the version it was read at. */
    @Transactional
    public OrganisationView update(String slug, OrganisationDetails details, long expectedVersion, Actor actor) {
        return organisations.update(slug, details, expectedVersion, actor);
    }

    // --- services, contacts, statements -------------------------------------------------------------------

    @Transactional
    public ServiceView addService(String slug, ServiceDetails details, Actor actor) {
        return organisations.addService(slug, details, actor);
    }

    @Transactional
    public ServiceView updateService(String slug, long serviceId, ServiceDetails details, long expectedVersion,
            Actor actor) {
        return organisations.updateService(slug, serviceId, details, expectedVersion, actor);
    }

    @Transactional
    public void removeService(String slug, long serviceId, Actor actor) {
        organisations.removeService(slug, serviceId, actor);
    }

    @Transactional
    public ContactView putContact(String slug, ContactKind kind, String email, String url, Actor actor) {
        return organisations.putContact(slug, kind, email, url, actor);
    }

    @Transactional
    public void removeContact(String slug, ContactKind kind, Actor actor) {
        organisations.removeContact(slug, kind, actor);
    }

    @Transactional
    public StatementView putStatement(String slug, Commitment commitment, StatementState state, String evidenceUrl,
            String note, Actor actor) {
        return organisations.putStatement(slug, commitment, state, evidenceUrl, note, actor);
    }

    // --- delegation ---------------------------------------------------------------------------------------

    /** The addresses in the delegation; only its delegates and operators may see them. */
    @Transactional
    public List<Delegate> delegation(String slug, Actor actor) {
        return organisations.delegation(slug, actor);
    }

    @Transactional
    public Delegate addDelegate(String slug, String email, Actor actor) {
        return organisations.addDelegate(slug, email, actor);
    }

    @Transactional
    public void removeDelegate(String slug, String email, Actor actor) {
        organisations.removeDelegate(slug, email, actor);
    }
}
