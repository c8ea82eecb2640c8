package st.libreho.directory.internal.organisations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import st.libreho.directory.Commitment;
import st.libreho.directory.ContactKind;
import st.libreho.directory.ContactView;
import st.libreho.directory.Delegate;
import st.libreho.directory.DelegationChanged;
import st.libreho.directory.OrganisationDetails;
import st.libreho.directory.OrganisationPage;
import st.libreho.directory.OrganisationProfile;
import st.libreho.directory.OrganisationStatus;
import st.libreho.directory.OrganisationStatusChanged;
import st.libreho.directory.OrganisationView;
import st.libreho.directory.ServiceDetails;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementChange;
import st.libreho.directory.StatementState;
import st.libreho.directory.StatementView;
import st.libreho.directory.StatementsConflict;
import st.libreho.directory.StatementsResult;
import st.libreho.directory.internal.validation.EntryValidator;
import st.libreho.platform.Actor;
import st.libreho.platform.ConcurrentChangeException;
import st.libreho.platform.FieldProblem;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.NotFoundException;

/** Creates and changes organisations and everything they own, checking who asks and recording every change. */
@ApplicationScoped
public class Organisations {

    private final Access access;
    private final History history;
    private final Event<OrganisationStatusChanged> statusChanged;
    private final Event<DelegationChanged> delegationChanged;
    private final Event<LogoAddressSet> logoAddressSet;
    private final Logos logos;

    public Organisations(Access access, History history, Event<OrganisationStatusChanged> statusChanged,
            Event<DelegationChanged> delegationChanged, Event<LogoAddressSet> logoAddressSet, Logos logos) {
        this.logoAddressSet = logoAddressSet;
        this.logos = logos;
        this.access = access;
        this.history = history;
        this.statusChanged = statusChanged;
        this.delegationChanged = delegationChanged;
    }

    public OrganisationEntity require(String slug) {
        OrganisationEntity organisation = OrganisationEntity.bySlug(slug);
        if (organisation == null) {
            throw new NotFoundException("There is no organisation '" + slug + "' in the directory.");
        }
        return organisation;
    }

    public Optional<OrganisationProfile> profile(String slug) {
        return Optional.ofNullable(OrganisationEntity.bySlug(slug)).map(this::profile);
    }

    public OrganisationProfile profile(OrganisationEntity organisation) {
        List<ServiceView> services = ServiceEntity.<ServiceEntity> list("organisationId = ?1 order by name, id",
                organisation.id).stream().map(ServiceEntity::view).toList();
        List<ContactView> contacts = ContactEntity.<ContactEntity> list("organisationId", organisation.id).stream()
                .map(ContactEntity::view).sorted(Comparator.comparing(ContactView::kind)).toList();
        List<StatementView> statements = StatementEntity.<StatementEntity> list("organisationId", organisation.id)
                .stream().map(StatementEntity::view).filter(Objects::nonNull)
                .sorted(Comparator.comparing(StatementView::commitment)).toList();
        return new OrganisationProfile(organisation.view(), services, contacts, statements);
    }

    public OrganisationView create(String slug, OrganisationDetails details, OrganisationStatus status,
            Actor actor) {
        EntryValidator.checkSlug(slug);
        OrganisationDetails clean = Normalise.details(details);
        EntryValidator.check(clean);
        if (OrganisationEntity.bySlug(slug) != null) {
            throw InvalidInputException.of("slug", "slug_taken",
                    "'" + slug + "' is already taken by another organisation", slug);
        }
        OrganisationEntity organisation = new OrganisationEntity();
        organisation.slug = slug;
        organisation.apply(clean);
        organisation.status = status;
        organisation.createdAt = Instant.now();
        organisation.updatedAt = organisation.createdAt;
        organisation.persist();
        history.record(organisation.id, actor, "CREATED", slug, null, status.name());
        if (clean.contactEmail() != null) {
            addDelegateAddress(organisation, clean.contactEmail(), actor);
        }
        statusChanged.fire(new OrganisationStatusChanged(organisation.id, slug, null, status, organisation.createdAt,
                actor.name()));
        if (clean.logoUrl() != null) {
            logoAddressSet.fire(new LogoAddressSet(organisation.id, clean.logoUrl()));
        }
        return organisation.view();
    }

    /** The organisation's page for this reader: the entity is read once for the profile, the logo and the right. */
    public Optional<OrganisationPage> page(String slug, Actor reader) {
        return Optional.ofNullable(OrganisationEntity.bySlug(slug)).map(organisation -> new OrganisationPage(
                profile(organisation), logos.has(organisation.id),
                access.canManage(reader, organisation)));
    }

    public List<String> memberSlugs() {
        // the slugs only: governance asks on every proposal it reads, and whole entries are far heavier
        return OrganisationEntity.getEntityManager().createQuery(
                "select o.slug from OrganisationEntity o where o.status = :member order by o.slug", String.class)
                .setParameter("member", OrganisationStatus.MEMBER).getResultList();
    }

    public Optional<OrganisationStatus> statusOf(String slug) {
        return Optional.ofNullable(OrganisationEntity.bySlug(slug)).map(organisation -> organisation.status);
    }

    /** The contact address and the delegation's addresses, without repeats, for the platform's notices. */
    public List<String> noticeAddresses(String slug) {
        OrganisationEntity organisation = OrganisationEntity.bySlug(slug);
        if (organisation == null) {
            return List.of();
        }
        var addresses = new java.util.LinkedHashSet<String>();
        if (organisation.contactEmail != null) {
            addresses.add(organisation.contactEmail);
        }
        DelegateEntity.<DelegateEntity> list("organisationId = ?1 order by email", organisation.id)
                .forEach(delegate -> addresses.add(delegate.email));
        return List.copyOf(addresses);
    }

    public Optional<Long> idOf(String slug) {
        return Optional.ofNullable(OrganisationEntity.bySlug(slug)).map(organisation -> organisation.id);
    }

    public OrganisationView update(String slug, OrganisationDetails details, long expectedVersion, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        if (organisation.version != expectedVersion) {
            throw new ConcurrentChangeException("The entry of " + organisation.name, organisation.view(),
                    organisation.version);
        }
        OrganisationDetails clean = Normalise.details(details);
        EntryValidator.check(clean);
        OrganisationDetails before = organisation.details();
        if (before.equals(clean)) {
            return organisation.view();
        }
        organisation.apply(clean);
        organisation.updatedAt = Instant.now();
        history.recordChanges(organisation.id, actor, before, clean);
        if (!Objects.equals(before.contactEmail(), clean.contactEmail())) {
            delegationChanged.fire(new DelegationChanged(organisation.id, slug, "CONTACT_EMAIL_CHANGED",
                    before.contactEmail(), clean.contactEmail(), organisation.updatedAt, actor.name()));
        }
        if (!Objects.equals(before.logoUrl(), clean.logoUrl())) {
            logoAddressSet.fire(new LogoAddressSet(organisation.id, clean.logoUrl()));
        }
        OrganisationEntity.getEntityManager().flush();
        return organisation.view();
    }

    /**
     * Changes only the public contact address, checked and recorded like any change of the entry. When the entry
     * moved since it was read but the address already is the one asked for, there is nothing left to decide: it is
     * taken as done rather than as a conflict.
     */
    public OrganisationView changeContactEmail(String slug, String email, long expectedVersion, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        if (organisation.version != expectedVersion
                && Objects.equals(organisation.contactEmail, Normalise.text(email))) {
            return organisation.view();
        }
        return update(slug, organisation.details().withContactEmail(email), expectedVersion, actor);
    }

    public OrganisationView changeStatus(String slug, OrganisationStatus status, Actor actor) {
        OrganisationEntity organisation = require(slug);
        OrganisationStatus before = organisation.status;
        if (before == status) {
            return organisation.view();
        }
        organisation.status = status;
        organisation.updatedAt = Instant.now();
        history.record(organisation.id, actor, "STATUS_CHANGED", "status", before.name(), status.name());
        statusChanged.fire(new OrganisationStatusChanged(organisation.id, slug, before, status,
                organisation.updatedAt, actor.name()));
        OrganisationEntity.getEntityManager().flush();
        return organisation.view();
    }

    public ServiceView addService(String slug, ServiceDetails details, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        ServiceDetails clean = Normalise.service(details);
        EntryValidator.check(clean);
        ServiceEntity service = new ServiceEntity();
        service.organisationId = organisation.id;
        service.apply(clean);
        service.persist();
        history.record(organisation.id, actor, "SERVICE_ADDED", clean.name(), null, clean.category().name());
        touch(organisation);
        return service.view();
    }

    public ServiceView updateService(String slug, long serviceId, ServiceDetails details, long expectedVersion,
            Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        ServiceEntity service = service(organisation, serviceId);
        if (service.version != expectedVersion) {
            throw new ConcurrentChangeException("The service " + service.name, service.view(), service.version);
        }
        ServiceDetails clean = Normalise.service(details);
        EntryValidator.check(clean);
        ServiceDetails before = service.view().details();
        if (before.equals(clean)) {
            return service.view();
        }
        service.apply(clean);
        history.record(organisation.id, actor, "SERVICE_UPDATED", clean.name(), before.name(), clean.name());
        touch(organisation);
        ServiceEntity.getEntityManager().flush();
        return service.view();
    }

    public void removeService(String slug, long serviceId, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        ServiceEntity service = service(organisation, serviceId);
        service.delete();
        history.record(organisation.id, actor, "SERVICE_REMOVED", service.name, service.name, null);
        touch(organisation);
    }

    public ContactView putContact(String slug, ContactKind kind, String email, String url, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        String cleanEmail = Normalise.email(email);
        String cleanUrl = Normalise.text(url);
        if (cleanEmail == null && cleanUrl == null) {
            throw InvalidInputException.of("email", "contact_missing",
                    "give an e-mail address, a web address, or both");
        }
        if (cleanEmail != null) {
            EntryValidator.checkEmail("email", cleanEmail);
        }
        EntryValidator.checkUrl("url", cleanUrl);
        ContactEntity contact = ContactEntity.find("organisationId = ?1 and kind = ?2", organisation.id, kind)
                .firstResult();
        String before = contact == null ? null : describe(contact.email, contact.url);
        if (contact == null) {
            contact = new ContactEntity();
            contact.organisationId = organisation.id;
            contact.kind = kind;
        }
        contact.email = cleanEmail;
        contact.url = cleanUrl;
        contact.persist();
        history.record(organisation.id, actor, "CONTACT_SET", kind.name(), before, describe(cleanEmail, cleanUrl));
        touch(organisation);
        return contact.view();
    }

    public ContactView putContactIfUnchanged(String slug, ContactKind kind, String email, String url,
            ContactView wasRead, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        ContactEntity stored = ContactEntity.find("organisationId = ?1 and kind = ?2", organisation.id, kind)
                .firstResult();
        String nowEmail = stored == null ? null : stored.email;
        String nowUrl = stored == null ? null : stored.url;
        String readEmail = wasRead == null ? null : Normalise.email(wasRead.email());
        String readUrl = wasRead == null ? null : Normalise.text(wasRead.url());
        if (!Objects.equals(nowEmail, readEmail) || !Objects.equals(nowUrl, readUrl)) {
            throw new ConcurrentChangeException("The " + kind.name().toLowerCase() + " contact of " + organisation.name,
                    stored == null ? null : stored.view(), organisation.version);
        }
        return putContact(slug, kind, email, url, actor);
    }

    /** Whether there was such a contact to remove; none is not an error (see {@code Directory.removeContact}). */
    public boolean removeContact(String slug, ContactKind kind, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        ContactEntity contact = ContactEntity.find("organisationId = ?1 and kind = ?2", organisation.id, kind)
                .firstResult();
        if (contact == null) {
            return false;
        }
        contact.delete();
        history.record(organisation.id, actor, "CONTACT_REMOVED", kind.name(), describe(contact.email, contact.url),
                null);
        touch(organisation);
        return true;
    }

    public StatementView putStatement(String slug, Commitment commitment, StatementState state, String evidenceUrl,
            String note, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        if (state == null) {
            throw InvalidInputException.of("state", "required", "is required: MEETS, WORKING_ON_IT or NOT_APPLICABLE");
        }
        String cleanUrl = Normalise.text(evidenceUrl);
        String cleanNote = Normalise.text(note);
        EntryValidator.checkUrl("evidenceUrl", cleanUrl);
        EntryValidator.checkLength("note", cleanNote, EntryValidator.MAX_NOTE);
        StatementEntity statement = StatementEntity.find("organisationId = ?1 and commitmentId = ?2", organisation.id,
                commitment.id()).firstResult();
        String before = statement == null ? null : statement.state.name();
        if (statement == null) {
            statement = new StatementEntity();
            statement.organisationId = organisation.id;
            statement.commitmentId = commitment.id();
        }
        statement.state = state;
        statement.evidenceUrl = cleanUrl;
        statement.note = cleanNote;
        statement.updatedAt = Instant.now();
        statement.persist();
        history.record(organisation.id, actor, "STATEMENT_SET", commitment.id(), before, state.name());
        touch(organisation);
        return statement.view();
    }

    /**
     * Applies the changes of a form that shows every statement, comparing inside this transaction what each
     * statement was when the form was opened with what it is now. A change this person did not make, or one
     * already stored, is skipped; if someone else changed a statement this person changed too, nothing is written
     * and a {@link ConcurrentChangeException} carries a {@link StatementsConflict}. A change without a state refuses
     * the whole form (the person has not finished); any other invalid change is refused alone, the others saved.
     */
    public StatementsResult putStatements(String slug, List<StatementChange> changes, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        List<StatementChange> toWrite = changesToWrite(organisation, changes);
        Map<Commitment, List<FieldProblem>> refused = new LinkedHashMap<>();
        toWrite.stream().filter(change -> change.wanted().state() == null).forEach(change -> refused.put(
                change.commitment(), List.of(FieldProblem.of("state", "required", "choose where you stand"))));
        if (refused.isEmpty()) {
            for (StatementChange change : toWrite) {
                StatementChange.Values wanted = change.wanted();
                try {
                    putStatement(slug, change.commitment(), wanted.state(), wanted.evidenceUrl(), wanted.note(),
                            actor);
                } catch (InvalidInputException invalid) {
                    // checked before anything is written: the statements that are valid are still saved
                    refused.put(change.commitment(), invalid.problems());
                }
            }
        }
        return new StatementsResult(profile(organisation), refused);
    }

    /** The changes this person made to statements nobody else changed meanwhile; throws if anyone did. */
    private List<StatementChange> changesToWrite(OrganisationEntity organisation, List<StatementChange> changes) {
        Map<Commitment, StatementChange.Values> stored = new EnumMap<>(Commitment.class);
        StatementEntity.<StatementEntity> list("organisationId", organisation.id).stream().map(StatementEntity::view)
                .filter(Objects::nonNull)
                .forEach(statement -> stored.put(statement.commitment(), StatementChange.Values.of(statement)));
        List<StatementChange> toWrite = new ArrayList<>();
        Set<Commitment> changedMeanwhile = EnumSet.noneOf(Commitment.class);
        for (StatementChange change : changes) {
            StatementChange.Values wanted = clean(change.wanted());
            StatementChange.Values wasRead = clean(change.wasRead());
            StatementChange.Values now = stored.getOrDefault(change.commitment(), StatementChange.Values.NO_STATEMENT);
            if (wanted.equals(wasRead) || now.equals(wanted)) {
                // untouched by this person (even if someone else changed it), or already as they want it
                continue;
            }
            if (now.equals(wasRead)) {
                toWrite.add(change);
            } else {
                changedMeanwhile.add(change.commitment());
            }
        }
        if (!changedMeanwhile.isEmpty()) {
            throw new ConcurrentChangeException("The statements of " + organisation.name,
                    new StatementsConflict(profile(organisation), changedMeanwhile), organisation.version);
        }
        return toWrite;
    }

    private static StatementChange.Values clean(StatementChange.Values values) {
        return values == null ? StatementChange.Values.NO_STATEMENT
                : new StatementChange.Values(values.state(), Normalise.text(values.evidenceUrl()),
                        Normalise.text(values.note()));
    }

    public List<Delegate> delegation(String slug, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        return DelegateEntity.<DelegateEntity> list("organisationId = ?1 order by email", organisation.id).stream()
                .map(DelegateEntity::view).toList();
    }

    public Delegate addDelegate(String slug, String email, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        String clean = Normalise.email(email);
        EntryValidator.checkEmail("email", clean);
        if (DelegateEntity.count("organisationId = ?1 and email = ?2", organisation.id, clean) > 0) {
            throw InvalidInputException.of("email", "already_delegate", clean + " is already in the delegation", clean);
        }
        DelegateEntity delegate = addDelegateAddress(organisation, clean, actor);
        touch(organisation);
        return delegate.view();
    }

    /**
     * Whether the address was in the delegation; an address that is not is not an error (see
     * {@code Directory.removeDelegate}), and is checked before the delegation's last address is protected.
     */
    public boolean removeDelegate(String slug, String email, Actor actor) {
        OrganisationEntity organisation = require(slug);
        access.requireManager(actor, organisation);
        String clean = Normalise.email(email);
        DelegateEntity delegate = DelegateEntity.find("organisationId = ?1 and email = ?2", organisation.id, clean)
                .firstResult();
        if (delegate == null) {
            return false;
        }
        if (DelegateEntity.count("organisationId", organisation.id) == 1) {
            throw InvalidInputException.of("email", "delegation_empty",
                    "the delegation cannot be left empty: add someone else first");
        }
        delegate.delete();
        history.record(organisation.id, actor, "DELEGATE_REMOVED", clean, clean, null);
        delegationChanged.fire(new DelegationChanged(organisation.id, slug, "DELEGATE_REMOVED", clean, null,
                Instant.now(), actor.name()));
        touch(organisation);
        return true;
    }

    private DelegateEntity addDelegateAddress(OrganisationEntity organisation, String email, Actor actor) {
        DelegateEntity delegate = new DelegateEntity();
        delegate.organisationId = organisation.id;
        delegate.email = email;
        delegate.addedAt = Instant.now();
        delegate.addedBy = actor.name();
        delegate.persist();
        history.record(organisation.id, actor, "DELEGATE_ADDED", email, null, email);
        delegationChanged.fire(new DelegationChanged(organisation.id, organisation.slug, "DELEGATE_ADDED", null, email,
                delegate.addedAt, actor.name()));
        return delegate;
    }

    private static ServiceEntity service(OrganisationEntity organisation, long serviceId) {
        ServiceEntity service = ServiceEntity.findById(serviceId);
        if (service == null || service.organisationId != organisation.id) {
            throw new NotFoundException("There is no service " + serviceId + " at " + organisation.name + ".");
        }
        return service;
    }

    /** Any change to what an organisation owns moves its version, so that concurrent editors notice. */
    private static void touch(OrganisationEntity organisation) {
        organisation.updatedAt = Instant.now();
        OrganisationEntity.getEntityManager().lock(organisation,
                jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static String describe(String email, String url) {
        if (email != null && url != null) {
            return email + " " + url;
        }
        return email != null ? email : url;
    }
}
