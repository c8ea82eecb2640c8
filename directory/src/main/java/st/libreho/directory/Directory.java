package st.libreho.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import st.libreho.directory.internal.interop.ManifestImports;
import st.libreho.directory.internal.observations.Evidence;
import st.libreho.directory.internal.organisations.Access;
import st.libreho.directory.internal.organisations.DelegationRoles;
import st.libreho.directory.internal.organisations.DirectorySearch;
import st.libreho.directory.internal.organisations.Exports;
import st.libreho.directory.internal.organisations.History;
import st.libreho.directory.internal.organisations.Logos;
import st.libreho.directory.internal.organisations.Organisations;
import st.libreho.directory.internal.people.People;
import st.libreho.directory.internal.validation.FreeLicences;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.Page;
import st.libreho.platform.SignInClaims;

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

    private static final Logger LOG = Logger.getLogger(Directory.class);

    private final People people;
    private final Organisations organisations;
    private final DirectorySearch search;
    private final History history;
    private final Access access;
    private final ManifestImports manifests;
    private final Exports exports;
    private final Logos logos;
    private final DelegationRoles roles;
    private final Evidence evidence;

    public Directory(People people, Organisations organisations, DirectorySearch search, History history,
            Access access, ManifestImports manifests, Exports exports, Logos logos, DelegationRoles roles,
            Evidence evidence) {
        this.evidence = evidence;
        this.logos = logos;
        this.roles = roles;
        this.people = people;
        this.organisations = organisations;
        this.search = search;
        this.history = history;
        this.access = access;
        this.manifests = manifests;
        this.exports = exports;
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
        return access.membershipsOf(actor);
    }

    /**
     * The services of listed organisations that name a version of the registry's configuration {@code owner/slug}
     * ({@link RegistryReference}), by organisation; at most 200.
     */
    @Transactional
    public List<ServiceReference> servicesRunning(String owner, String slug) {
        return exports.servicesRunning(owner, slug);
    }

    /**
     * The platform roles this person's delegations give: {@link #DELEGATE_ROLE} and {@link #MEMBER_ROLE}. Read once
     * per generation of the public content (every change of a delegation or status moves it), so that the modules
     * asking on each request read nothing when warm.
     */
    @Transactional
    public Set<String> rolesOf(Actor actor) {
        return roles.rolesOf(actor);
    }

    // --- reading ------------------------------------------------------------------------------------------

    /**
     * The slugs of the organisations that are members now, in order: who counts in the network's decisions (an
     * applicant, a leaving or a former member does not).
     */
    @Transactional
    public List<String> memberSlugs() {
        return organisations.memberSlugs();
    }

    /** An organisation's status, or empty when there is no such organisation. */
    @Transactional
    public Optional<OrganisationStatus> statusOf(String slug) {
        return organisations.statusOf(slug);
    }

    /**
     * Where the platform writes to an organisation: its delegation's addresses and its public contact address, without
     * repeats. For the platform's own notices only; pages show {@link #delegation} to the people who may see it.
     */
    @Transactional
    public List<String> noticeAddresses(String slug) {
        return organisations.noticeAddresses(slug);
    }

    @Transactional
    public Page<OrganisationSummary> searchOrganisations(DirectoryQuery query) {
        return search.organisations(query);
    }

    /** The languages and countries of the listed organisations, with their counts: what the filters offer first. */
    @Transactional
    public DirectoryFacets facets() {
        return search.facets();
    }

    @Transactional
    public Page<ServiceListing> searchServices(DirectoryQuery query) {
        return search.services(query);
    }

    @Transactional
    public Optional<OrganisationProfile> profile(String slug) {
        return organisations.profile(slug);
    }

    /**
     * An organisation's page for this reader, in one transaction and a handful of statements: the page of a member is
     * what the public reads most, and a signed-in reader's is rendered for them on every visit.
     */
    @Transactional
    public Optional<OrganisationPage> page(String slug, Actor reader) {
        return organisations.page(slug, reader).map(page -> page.withObservations(
                evidence.of(page.profile().organisation().id(), slug)));
    }

    /** The organisation's logo as the platform serves it (a PNG made from its logo address), if it has one. */
    @Transactional
    public Optional<byte[]> logo(String slug) {
        return organisations.idOf(slug).flatMap(logos::image);
    }

    /**
     * The organisation's history, newest first. The addresses of its delegation are personal: only its delegates and
     * operators see them; everyone else reads that an address was added or removed.
     */
    @Transactional
    public Page<HistoryEntry> history(String slug, int page, int size, Actor reader) {
        Page<HistoryEntry> entries = history.of(organisations.require(slug),
                Math.min(Math.max(1, page), DirectoryQuery.MAX_PAGE), Math.min(Math.max(1, size), 100));
        return access.canManage(reader, slug) ? entries : History.withoutDelegateAddresses(entries);
    }

    /** Whether this person may change this organisation's entry: a delegate of it, or an operator. */
    @Transactional
    public boolean canManage(Actor actor, String slug) {
        return access.canManage(actor, slug);
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

    /**
     * Changes only the delegation's public contact address, at the version the entry was read at: the rest of the
     * entry stays as it is now, and the change is checked and recorded like {@link #update}. If the entry moved
     * meanwhile, a {@link ConcurrentChangeException} carries the current {@link OrganisationView}, unless the address
     * already is the one asked for, which is then taken as done.
     */
    @Transactional
    public OrganisationView changeContactEmail(String slug, String email, long expectedVersion, Actor actor) {
        return organisations.changeContactEmail(slug, email, expectedVersion, actor);
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

    /**
     * Sets a contact only if it still is what the person read ({@code wasRead}: its e-mail and URL then, null for
     * none); otherwise nothing is written and the current contact comes back in a {@link ConcurrentChangeException}.
     */
    @Transactional
    public ContactView putContact(String slug, ContactKind kind, String email, String url, ContactView wasRead,
            Actor actor) {
        return organisations.putContactIfUnchanged(slug, kind, email, url, wasRead, actor);
    }

    /**
     * Removes a contact. Removing one that is already gone (a second click, another delegate) is a success that
     * changes nothing: what was asked for is done.
     *
     * @return whether there was a contact to remove
     */
    @Transactional
    public boolean removeContact(String slug, ContactKind kind, Actor actor) {
        return organisations.removeContact(slug, kind, actor);
    }

    @Transactional
    public StatementView putStatement(String slug, Commitment commitment, StatementState state, String evidenceUrl,
            String note, Actor actor) {
        return organisations.putStatement(slug, commitment, state, evidenceUrl, note, actor);
    }

    /**
     * Saves the changes of a form that shows every statement at once. Each change carries what its statement was
     * when the form was opened; inside this one transaction that is compared with what it is now, so that a
     * statement someone else changed meanwhile is never overwritten: then nothing at all is written, and a
     * {@link ConcurrentChangeException} carries a {@link StatementsConflict}. Changes this person did not make, or
     * that are already stored, are skipped. Refused changes come back in the result with their problems.
     */
    @Transactional
    public StatementsResult putStatements(String slug, List<StatementChange> changes, Actor actor) {
        return organisations.putStatements(slug, changes, actor);
    }

    // --- licences ------------------------------------------------------------------------------------------

    /**
     * Whether an SPDX licence expression is valid and free software (OSI approved or FSF libre by the SPDX licence
     * list the directory ships), and if not, why: for other modules that accept only free licences. Reads nothing
     * stored.
     */
    public LicenceVerdict licenceVerdict(String expression) {
        return FreeLicences.verdict(expression);
    }

    // --- libreho.st formats and exports ------------------------------------------------------------------

    /** Reads a librehost.json manifest without storing anything: what it gives, and what it could not use. */
    public ManifestImport readManifest(String json) {
        return manifests.read(json);
    }

    /**
     * Reads an uploaded librehost.json file without storing anything. The bytes are decoded here: UTF-8, or
     * Windows-1252 as older editors saved it.
     */
    public ManifestImport readManifest(byte[] upload) {
        return manifests.read(upload);
    }

    /** Fetches a librehost.json manifest from a URL (short timeout, size limit, public addresses only). */
    public ManifestImport fetchManifest(String url) {
        return manifests.fetch(url);
    }

    /**
     * Fills an entry from a manifest: the manifest's values replace the entry's, what it does not say is kept.
     * Carries the version the entry was read at, like any update.
     */
    @Transactional
    public ImportResult fillFromManifest(String slug, ManifestImport manifest, long expectedVersion, Actor actor) {
        OrganisationView current = organisations.profile(organisations.require(slug)).organisation();
        OrganisationDetails filled = ManifestImports.overlay(current.details(), manifest.details());
        return new ImportResult(organisations.update(slug, filled, expectedVersion, actor), manifest.warnings());
    }

    /** An operator creates a founding member from its manifest; the slug defaults to one made from its name. */
    @Transactional
    public ImportResult importFoundingMember(String slug, ManifestImport manifest, Actor actor) {
        access.requireOperator(actor);
        String chosen = slug == null || slug.isBlank() ? ManifestImports.slugFor(manifest.details().name()) : slug;
        OrganisationView created = organisations.create(chosen, manifest.details(), OrganisationStatus.MEMBER, actor);
        return new ImportResult(created, manifest.warnings());
    }

    /**
     * An operator imports a whole directory.json: each member's manifest is fetched and becomes a founding member
     * under the index's key. One member failing does not stop the others.
     */
    public DirectoryImportResult importDirectory(String directoryJson, Actor actor) {
        access.requireOperator(actor);
        var index = manifests.index(directoryJson);
        List<ImportResult> imported = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        index.manifestUrls().forEach((key, url) -> {
            try {
                ManifestImport manifest = manifests.fetch(url);
                // each member in its own transaction, so that one failure keeps the others
                OrganisationView created = QuarkusTransaction.requiringNew().call(() -> organisations
                        .create(ManifestImports.slugFor(key), manifest.details(), OrganisationStatus.MEMBER, actor));
                imported.add(new ImportResult(created, manifest.warnings()));
            } catch (InvalidInputException e) {
                failed.put(key, e.getMessage());
            } catch (RuntimeException e) {
                // one member's unexpected failure must not lose the report of the others
                LOG.errorf(e, "Importing %s from %s failed", key, url);
                failed.put(key, "could not be imported: " + e.getClass().getSimpleName());
            }
        });
        return new DirectoryImportResult(imported, failed, index.warnings());
    }

    /**
     * The organisation's librehost.json manifest, for the network's members only: libreho.st's tools read every
     * manifest as a member of the network, and the format has no status to say otherwise. Given as JSON text.
     */
    @Transactional
    public Optional<String> manifest(String slug) {
        return organisations.profile(slug).map(OrganisationProfile::organisation)
                .filter(organisation -> organisation.status() == OrganisationStatus.MEMBER
                        || organisation.status() == OrganisationStatus.LEAVING)
                .map(manifests::manifest);
    }

    /**
     * libreho.st's directory.json, as JSON text: each listed member's key and the URL of its manifest under
     * {@code baseUrl}.
     */
    @Transactional
    public String directoryIndex(String baseUrl) {
        Map<String, String> urls = new LinkedHashMap<>();
        exports.listedSlugs().forEach(slug -> urls.put(slug, baseUrl + "/members/" + slug + "/librehost.json"));
        return manifests.index(urls);
    }

    /**
     * How many member organisations the directory lists (members, and those leaving at a date until then): the count
     * the platform's NodeInfo gives, the same set as {@link #directoryIndex} and {@link #listedMembers}.
     */
    @Transactional
    public long listedMemberCount() {
        return exports.listedCount();
    }

    /** The listed members' slugs, names and home addresses, in the directory's order, read as one projection. */
    @Transactional
    public List<ListedMember> listedMembers() {
        return exports.listedMembers();
    }

    /** Every listed member with its services, contacts and statements (the public export). */
    @Transactional
    public List<OrganisationProfile> exportDirectory() {
        return exports.listedProfiles();
    }

    /** Everything the platform holds about an organisation, for its delegates and operators. */
    @Transactional
    public OrganisationExport exportOrganisation(String slug, Actor actor) {
        List<Delegate> delegation = organisations.delegation(slug, actor);
        var entity = organisations.require(slug);
        return new OrganisationExport(Instant.now(), organisations.profile(entity), delegation,
                history.all(entity));
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

    /**
     * Removes an address from the delegation, which is never left empty. Removing an address that is already gone
     * (a second click, another delegate) is a success that changes nothing.
     *
     * @return whether the address was in the delegation
     */
    @Transactional
    public boolean removeDelegate(String slug, String email, Actor actor) {
        return organisations.removeDelegate(slug, email, actor);
    }

    // --- observed evidence --------------------------------------------------------------------------------

    /** What the platform observed of the organisation's sites and services, failures first; public. */
    @Transactional
    public Optional<OrganisationObservations> observations(String slug) {
        return evidence.of(slug);
    }

    /** The network's failing checks, oldest failure first; public. */
    @Transactional
    public Page<FailingObservation> failingObservations(int page, int size) {
        return evidence.failing(Math.min(Math.max(1, page), DirectoryQuery.MAX_PAGE), Math.min(Math.max(1, size),
                100));
    }

    /** When the network's last scheduled round of checks finished, if one has. */
    @Transactional
    public Optional<Instant> lastObservationRound() {
        return evidence.lastRound();
    }

    /**
     * Checks the organisation now, for its delegation or an operator, at most once per the configured period. Not in
     * one transaction: the visits take seconds, and no connection to the database is held meanwhile.
     *
     * @throws st.libreho.platform.TooSoonException when the organisation was checked on request too recently
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OrganisationObservations recheck(String slug, Actor actor) {
        return evidence.recheck(slug, actor);
    }

    /** Sets the classes of checks the organisation opts out of (its delegation or an operator); shown on its page. */
    @Transactional
    public OrganisationObservations optOutOfChecks(String slug, Set<CheckClass> classes, Actor actor) {
        return evidence.optOut(slug, classes, actor);
    }
}
