package st.libreho.directory.internal.observations;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.FailingObservation;
import st.libreho.directory.Finding;
import st.libreho.directory.Observation;
import st.libreho.directory.ObservedFacts;
import st.libreho.directory.OrganisationStatus;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Where observations are kept: the latest of each thing checked, the classes an organisation opted out of, and when
 * it was checked and last asked to be. Callers hold the transaction; nothing here fetches anything.
 */
@ApplicationScoped
public class Observations {

    /** The organisations the platform checks: those in the network or asking to join it. */
    static final List<String> CHECKED_STATUSES = List.of(OrganisationStatus.APPLICANT.name(),
            OrganisationStatus.MEMBER.name(), OrganisationStatus.LEAVING.name());

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final PublicContent publicContent;

    public Observations(EntityManager entityManager, ObjectMapper json, PublicContent publicContent) {
        this.entityManager = entityManager;
        this.json = json;
        this.publicContent = publicContent;
    }

    /**
     * Replaces what was observed of an organisation by a new check's results, keeping since when each thing that still
     * fails has been failing. Things no longer declared (a service removed, an opted-out class) disappear.
     *
     * @param checkedAt when the visits began: a check that began before the one stored already is older news, and is
     *        dropped (a round that visited a site before its delegation's check now must not undo it)
     * @return whether the results were stored
     */
    public boolean record(long organisationId, List<CheckResult> results, Instant checkedAt) {
        boolean stored = store(organisationId, results, checkedAt);
        if (stored) {
            publicContent.changed();
        }
        return stored;
    }

    /**
     * As {@link #record}, without telling the visitors' cache: a round stores organisation after organisation, and
     * telling the cache each time would have every instance render its public pages again all round long; the round
     * tells it once per batch ({@link #announce()}).
     */
    public boolean store(long organisationId, List<CheckResult> results, Instant checkedAt) {
        // first, as it locks the organisation's schedule row: a check on request and a round storing the same
        // organisation at once then store one after the other, the later visit winning
        boolean newer = !entityManager.createNativeQuery("""
                INSERT INTO directory.observation_schedule AS s (organisation_id, checked_at) VALUES (:id, :at)
                ON CONFLICT (organisation_id) DO UPDATE SET checked_at = :at
                WHERE s.checked_at IS NULL OR s.checked_at <= :at
                RETURNING organisation_id""")
                .setParameter("id", organisationId).setParameter("at", utc(checkedAt)).getResultList().isEmpty();
        if (!newer) {
            return false;
        }
        // an opt-out made while the sites were visited holds: its class's results are not stored
        Set<CheckClass> optedOut = state(organisationId).optOuts();
        Map<String, ObservationEntity> previous = new HashMap<>();
        for (ObservationEntity entity : ObservationEntity.<ObservationEntity> list("organisationId",
                organisationId)) {
            previous.put(key(entity.kind, entity.subject, entity.serviceId), entity);
        }
        ObservationEntity.delete("organisationId", organisationId);
        entityManager.flush();
        Map<String, CheckResult> latest = new HashMap<>();
        for (CheckResult result : results) {
            if (optedOut.contains(result.kind().checkClass())) {
                continue;
            }
            // one row per thing checked, the last result wins
            latest.put(key(result.kind().name(), result.subject(), result.serviceId()), result);
        }
        for (CheckResult result : latest.values()) {
            ObservationEntity before = previous.get(key(result.kind().name(), result.subject(), result.serviceId()));
            ObservationEntity entity = new ObservationEntity();
            entity.organisationId = organisationId;
            entity.kind = result.kind().name();
            entity.subject = clip(result.subject(), 2048);
            entity.serviceId = result.serviceId();
            entity.findings = result.findings().stream().map(Finding::name).distinct().toList();
            entity.failed = result.failed();
            entity.facts = write(result.facts());
            entity.observedAt = result.observedAt();
            entity.failingSince = !result.failed() ? null
                    : before != null && before.failed && before.failingSince != null ? before.failingSince
                    : result.observedAt();
            entity.persist();
        }
        return true;
    }

    /** Tells the visitors' cache that observations changed, once for a batch stored with {@link #store}. */
    public void announce() {
        publicContent.changed();
    }

    /** An organisation's observations, failures first, then in the order of {@link CheckKind}. */
    public List<Observation> of(long organisationId) {
        List<ObservationEntity> entities = ObservationEntity.list("organisationId", organisationId);
        return entities.stream().filter(Observations::known).map(this::view)
                .sorted(Comparator.comparing((Observation observation) -> !observation.failed())
                        .thenComparing(Observation::kind).thenComparing(Observation::subject))
                .toList();
    }

    /** The network's failing checks, oldest failure first, one page of them. */
    public Page<FailingObservation> failing(int page, int size) {
        long total = ((Number) entityManager.createQuery("""
                SELECT count(o) FROM ObservationEntity o, OrganisationEntity org
                WHERE o.failed = true AND org.id = o.organisationId AND org.status IN :statuses""")
                .setParameter("statuses", checkedStatuses()).getSingleResult()).longValue();
        List<Object[]> rows = entityManager.createQuery("""
                SELECT o, org.slug, org.name, org.status FROM ObservationEntity o, OrganisationEntity org
                WHERE o.failed = true AND org.id = o.organisationId AND org.status IN :statuses
                ORDER BY o.failingSince, o.id""", Object[].class)
                .setParameter("statuses", checkedStatuses())
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        List<FailingObservation> items = new ArrayList<>();
        for (Object[] row : rows) {
            if (!known((ObservationEntity) row[0])) {
                continue;
            }
            items.add(new FailingObservation((String) row[1], (String) row[2], (OrganisationStatus) row[3],
                    view((ObservationEntity) row[0])));
        }
        return new Page<>(items, page, size, total);
    }

    /** These organisations' opt-outs: one statement for a batch. */
    public Map<Long, Set<CheckClass>> optOuts(List<Long> organisationIds) {
        Map<Long, Set<CheckClass>> all = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT organisation_id, check_class"
                + " FROM directory.observation_opt_out WHERE organisation_id IN (:ids)")
                .setParameter("ids", organisationIds).getResultList()) {
            Object[] columns = (Object[]) row;
            CheckClass.byId((String) columns[1]).ifPresent(checkClass -> all
                    .computeIfAbsent(((Number) columns[0]).longValue(), id -> EnumSet.noneOf(CheckClass.class))
                    .add(checkClass));
        }
        return all;
    }

    /**
     * Sets the classes an organisation opts out of. Observations of a class it leaves are dropped at once, so the page
     * never shows an old observation as if it were current.
     */
    public void setOptOuts(long organisationId, Set<CheckClass> classes, Instant now) {
        var delete = entityManager.createNativeQuery("DELETE FROM directory.observation_opt_out"
                + " WHERE organisation_id = :id" + (classes.isEmpty() ? "" : " AND check_class NOT IN (:classes)"))
                .setParameter("id", organisationId);
        if (!classes.isEmpty()) {
            delete.setParameter("classes", classes.stream().map(CheckClass::id).toList());
        }
        delete.executeUpdate();
        for (CheckClass checkClass : classes) {
            entityManager.createNativeQuery("""
                    INSERT INTO directory.observation_opt_out (organisation_id, check_class, since)
                    VALUES (:id, :class, :since) ON CONFLICT DO NOTHING""")
                    .setParameter("id", organisationId).setParameter("class", checkClass.id())
                    .setParameter("since", utc(now)).executeUpdate();
            List<String> kinds = Arrays.stream(CheckKind.values()).filter(kind -> kind.checkClass() == checkClass)
                    .map(CheckKind::name).toList();
            ObservationEntity.delete("organisationId = ?1 and kind in ?2", organisationId, kinds);
        }
        publicContent.changed();
    }

    /** When the organisation was last checked and asked for a check, and its opt-outs: one statement. */
    public State state(long organisationId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT s.checked_at, s.requested_at,
                       array_to_string(ARRAY(SELECT check_class FROM directory.observation_opt_out
                                             WHERE organisation_id = :id ORDER BY check_class), ',')
                FROM (SELECT 1) AS one
                LEFT JOIN directory.observation_schedule s ON s.organisation_id = :id""")
                .setParameter("id", organisationId).getSingleResult();
        Set<CheckClass> optOuts = EnumSet.noneOf(CheckClass.class);
        for (String id : ((String) row[2]).split(",")) {
            CheckClass.byId(id).ifPresent(optOuts::add);
        }
        return new State(instant(row[0]), instant(row[1]), optOuts);
    }

    /** When an organisation was last checked and last asked for a check (either may be null), and its opt-outs. */
    public record State(Instant checkedAt, Instant requestedAt, Set<CheckClass> optOuts) {

        /** From when a new request is accepted. */
        public Instant recheckFrom(Duration every) {
            return requestedAt == null ? Instant.EPOCH : requestedAt.plus(every);
        }
    }

    /**
     * Claims a check asked for by the organisation's delegation, unless one was asked less than {@code every} ago. One
     * statement, so that two requests at once on two instances give one check.
     */
    public boolean claimRecheck(long organisationId, Instant now, Duration every) {
        return !entityManager.createNativeQuery("""
                INSERT INTO directory.observation_schedule AS s (organisation_id, requested_at) VALUES (:id, :now)
                ON CONFLICT (organisation_id) DO UPDATE SET requested_at = :now
                WHERE s.requested_at IS NULL OR s.requested_at <= :threshold
                RETURNING organisation_id""")
                .setParameter("id", organisationId).setParameter("now", utc(now))
                .setParameter("threshold", utc(now.minus(every))).getResultList().isEmpty();
    }

    /**
     * Claims the scheduled round of this period: true for exactly one caller per period across instances, since the
     * conditional update is atomic in PostgreSQL.
     */
    public boolean claimRound(Instant now, Duration every) {
        return entityManager.createNativeQuery("""
                UPDATE directory.observation_round SET started_at = :now
                WHERE id = 1 AND (started_at IS NULL OR started_at <= :threshold)""")
                .setParameter("now", utc(now)).setParameter("threshold", utc(now.minus(every)))
                .executeUpdate() == 1;
    }

    public void finishRound(Instant now) {
        entityManager.createNativeQuery("UPDATE directory.observation_round SET finished_at = :now WHERE id = 1")
                .setParameter("now", utc(now)).executeUpdate();
        publicContent.changed(); // the network's page says when the last round ended
    }

    /** When the last round finished, for the network's page; null before the first. */
    public Instant lastRound() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("SELECT started_at, finished_at FROM directory.observation_round WHERE id = 1")
                .getSingleResult();
        return instant(row[1]);
    }

    private Observation view(ObservationEntity entity) {
        List<Finding> findings = entity.findings.stream().flatMap(name -> finding(name).stream()).toList();
        return new Observation(CheckKind.valueOf(entity.kind), entity.subject, entity.serviceId, findings,
                entity.failed, read(entity.facts), entity.observedAt, entity.failingSince);
    }

    /** A kind stored by an earlier version that no longer exists is left out rather than failing the page. */
    private static boolean known(ObservationEntity entity) {
        return java.util.Arrays.stream(CheckKind.values()).anyMatch(kind -> kind.name().equals(entity.kind));
    }

    /** A finding stored by an earlier version that no longer exists is left out rather than failing the page. */
    private static Optional<Finding> finding(String name) {
        try {
            return Optional.of(Finding.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String write(ObservedFacts facts) {
        try {
            return json.writeValueAsString(facts == null ? ObservedFacts.NONE : facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Observed facts could not be written as JSON", e);
        }
    }

    private ObservedFacts read(String facts) {
        try {
            return json.readValue(facts, ObservedFacts.class);
        } catch (JsonProcessingException e) {
            return ObservedFacts.NONE; // written by this class, so only an incompatible older shape lands here
        }
    }

    private static List<OrganisationStatus> checkedStatuses() {
        return CHECKED_STATUSES.stream().map(OrganisationStatus::valueOf).toList();
    }

    private static String key(String kind, String subject, Long serviceId) {
        return kind + '\n' + subject + '\n' + serviceId;
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
