package st.libreho.governance.internal.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import st.libreho.directory.DelegationChanged;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatusChanged;
import st.libreho.governance.AgendaPublished;
import st.libreho.governance.ApplicationSubmitted;
import st.libreho.governance.DecisionTaken;
import st.libreho.governance.NoticeChoicesView;
import st.libreho.governance.NoticeTopic;
import st.libreho.governance.ProposalKind;
import st.libreho.governance.ProposalOpened;
import st.libreho.governance.ProposalRevised;
import st.libreho.governance.internal.GovernanceConfig;
import st.libreho.governance.internal.notices.NoticeTexts.Language;
import st.libreho.platform.Actor;

/**
 * Decides who hears of what, and records it in the {@link NoticeOutbox}.
 * <p>
 * The events are observed synchronously, inside the transaction that fires them (never asynchronously, never after
 * commit): a notice is recorded with the change it tells of, or not at all. A failure here fails that change rather
 * than lose its notice silently.
 * <p>
 * Who: every member organisation that has the topic on, at its delegation's and contact addresses; an applicant
 * also hears the outcome of its own application.
 */
@ApplicationScoped
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class);

    /**
     * The PostgreSQL advisory lock the scheduled reminder takes for its transaction, so that one instance reminds at
     * a time (the keys would make a second reminder a no-op anyway; the lock spares the work).
     */
    static final long CLOSING_SOON_LOCK = 0x4c48_4e6f_7469_6365L;

    private final Directory directory;
    private final NoticeChoices choices;
    private final NoticeOutbox outbox;
    private final NoticeTexts texts;
    private final EntityManager entityManager;
    private final GovernanceConfig config;
    private final Clock clock;

    public Notices(Directory directory, NoticeChoices choices, NoticeOutbox outbox, NoticeTexts texts,
            EntityManager entityManager, GovernanceConfig config, Clock clock) {
        this.directory = directory;
        this.choices = choices;
        this.outbox = outbox;
        this.texts = texts;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    // --- what each organisation receives ---------------------------------------------------------------------

    /** The organisation's choices, for its delegates and operators. */
    public NoticeChoicesView choices(String slug, Actor actor) {
        return choices.of(slug, actor);
    }

    /** Turns topics on or off for the organisation; those not given stay as they are. */
    public NoticeChoicesView choose(String slug, Map<NoticeTopic, Boolean> chosen, Actor actor) {
        return choices.choose(slug, chosen, actor);
    }

    // --- the events -----------------------------------------------------------------------------------------

    void applicationSubmitted(@Observes ApplicationSubmitted event) {
        String link = NoticeAddresses.application(event.applicationId(), event.proposalId());
        notify(NoticeTopic.NEW_APPLICATION, "application:" + event.applicationId(), directory.memberSlugs(),
                language -> language.messages().mail_application_subject(event.organisationName()),
                language -> language.messages().mail_application(event.organisationName()), link);
    }

    void agendaPublished(@Observes AgendaPublished event) {
        ZoneId zone = zone(event.timeZone());
        notify(NoticeTopic.AGENDA_PUBLISHED, "agenda:" + event.meetingId(), directory.memberSlugs(),
                language -> language.messages().mail_agenda_subject(when(language, event.startsAt(), zone)),
                language -> {
                    String lead = language.messages().mail_agenda(when(language, event.startsAt(), zone));
                    return event.link() == null || event.link().isBlank() ? lead
                            : lead + "\n\n" + language.messages().mail_agenda_link(event.link());
                }, NoticeAddresses.meeting(event.meetingId()));
    }

    void proposalOpened(@Observes ProposalOpened event) {
        if (event.kind() == ProposalKind.MEMBERSHIP) {
            // an application's proposal: the network hears of it as a new application
            return;
        }
        notify(NoticeTopic.PROPOSAL_OPENED, "opened:" + event.proposalId(), directory.memberSlugs(),
                language -> language.messages().mail_opened_subject(event.title()),
                language -> language.messages().mail_opened(event.title(), language.date(event.closesAt())),
                NoticeAddresses.proposal(event.proposalId()));
    }

    /** The organisations whose stance went stale are asked to confirm it (told under "proposal opened"). */
    void proposalRevised(@Observes ProposalRevised event) {
        notify(NoticeTopic.PROPOSAL_OPENED, "revised:" + event.proposalId() + ":" + event.textVersion(),
                event.staleOrganisations(),
                language -> language.messages().mail_revised_subject(event.title()),
                language -> language.messages().mail_revised(event.title()),
                NoticeAddresses.proposal(event.proposalId()));
    }

    void decisionTaken(@Observes DecisionTaken event) {
        Set<String> organisations = new LinkedHashSet<>(directory.memberSlugs());
        if (event.kind() == ProposalKind.MEMBERSHIP && event.concerned() != null) {
            organisations.add(event.concerned());
        }
        notify(NoticeTopic.OUTCOME, "outcome:" + event.proposalId(), organisations,
                language -> language.messages().mail_outcome_subject(event.title()),
                language -> language.messages().mail_outcome(event.title(),
                        language.messages().outcome(event.outcome())),
                NoticeAddresses.proposal(event.proposalId()));
    }

    void delegationChanged(@Observes DelegationChanged event) {
        String name = directory.profile(event.slug()).map(profile -> profile.organisation().details().name())
                .orElse(event.slug());
        String by = event.actor() == null ? "platform" : event.actor();
        // the addresses of a delegation are personal (the directory shows them to its delegates only); the contact
        // address is public on the organisation's page
        Function<Language, String> lead = switch (event.kind()) {
            case "DELEGATE_ADDED" -> language -> language.messages().mail_delegation_added(name, by);
            case "DELEGATE_REMOVED" -> language -> language.messages().mail_delegation_removed(name, by);
            default -> event.newValue() == null
                    ? language -> language.messages().mail_delegation_no_contact(name, by)
                    : language -> language.messages().mail_delegation_contact(name, event.newValue(), by);
        };
        Instant at = event.at() == null ? clock.instant() : event.at();
        notify(NoticeTopic.DELEGATION_CHANGED,
                delegationKey(event.organisationId()) + event.kind() + ":" + at.getEpochSecond() + "." + at.getNano(),
                directory.memberSlugs(), language -> language.messages().mail_delegation_subject(name), lead,
                NoticeAddresses.organisation(event.slug()));
    }

    /**
     * A new organisation's first address is fired as a delegation change, before its creation is: not a change the
     * network needs to hear of, so its notices are forgotten before they are sent.
     */
    void organisationCreated(@Observes OrganisationStatusChanged event) {
        if (event.from() == null) {
            outbox.forget(delegationKey(event.organisationId()));
        }
    }

    private static String delegationKey(long organisationId) {
        return "delegation:" + organisationId + ":";
    }

    // --- closing soon ---------------------------------------------------------------------------------------

    /**
     * Reminds the member organisations that have not taken a stance on an open proposal closing within
     * {@link GovernanceConfig#closingSoon()}: once per proposal and organisation, however often it runs. Runs in the
     * caller's transaction (the closing job's) or its own.
     *
     * @return how many notices it recorded
     */
    @Transactional
    public int remindClosingSoon() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                select id, title, closes_at from governance.proposal
                where state = 'OPEN' and closes_at > ?1 and closes_at <= ?2 order by closes_at, id""")
                .setParameter(1, now).setParameter(2, now.plus(config.closingSoon())).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<String> members = directory.memberSlugs();
        int recorded = 0;
        for (Object[] proposal : due) {
            long id = ((Number) proposal[0]).longValue();
            String title = (String) proposal[1];
            Instant closes = instant(proposal[2]);
            @SuppressWarnings("unchecked")
            Set<String> spoken = new HashSet<>(entityManager.createNativeQuery(
                    "select organisation from governance.stance where proposal_id = ?1").setParameter(1, id)
                    .getResultList());
            List<String> silent = members.stream().filter(slug -> !spoken.contains(slug)).toList();
            recorded += notifyEach(NoticeTopic.CLOSING_SOON, "closing-soon:" + id, silent,
                    language -> language.messages().mail_closing_subject(title),
                    organisation -> language -> language.messages().mail_closing(organisation, title,
                            language.date(closes)),
                    NoticeAddresses.proposal(id));
        }
        return recorded;
    }

    /** Its own schedule, besides the closing job's call: one instance at a time, by a transaction's advisory lock. */
    @Scheduled(every = "{librehosters.governance.closing-every}", concurrentExecution = ConcurrentExecution.SKIP, identity = "governance-closing-soon")
    void scheduledReminders() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, CLOSING_SOON_LOCK).getSingleResult();
            if (Boolean.TRUE.equals(locked)) {
                int recorded = remindClosingSoon();
                if (recorded > 0) {
                    LOG.infof("Recorded %d closing-soon reminders", recorded);
                }
            }
        });
    }

    // --- recording --------------------------------------------------------------------------------------------

    private int notify(NoticeTopic topic, String keyPrefix, Collection<String> organisations,
            Function<Language, String> subject, Function<Language, String> lead, String link) {
        return notifyEach(topic, keyPrefix, organisations, subject, name -> lead, link);
    }

    /**
     * One notice per organisation that receives the topic, keyed {@code <keyPrefix>:<organisation>}; the lead may name
     * the organisation it goes to.
     */
    private int notifyEach(NoticeTopic topic, String keyPrefix, Collection<String> organisations,
            Function<Language, String> subject, Function<String, Function<Language, String>> lead, String link) {
        int recorded = 0;
        for (String slug : choices.receiving(topic, organisations)) {
            List<String> addresses = directory.noticeAddresses(slug);
            if (addresses.isEmpty()) {
                continue;
            }
            String name = directory.profile(slug).map(profile -> profile.organisation().details().name())
                    .orElse(slug);
            String key = (keyPrefix.endsWith(":") ? keyPrefix : keyPrefix + ":") + slug;
            if (outbox.record(key, topic, slug, addresses,
                    texts.write(slug, name, subject, lead.apply(name), link))) {
                recorded++;
            }
        }
        return recorded;
    }

    private static String when(Language language, Instant at, ZoneId zone) {
        return language.date(at, zone) + " (" + zone.getId() + ")";
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
