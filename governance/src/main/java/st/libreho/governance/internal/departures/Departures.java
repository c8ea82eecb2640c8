package st.libreho.governance.internal.departures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import st.libreho.directory.Directory;
import st.libreho.directory.OrganisationStatus;
import st.libreho.governance.DepartureReason;
import st.libreho.governance.DepartureView;
import st.libreho.platform.Actor;
import st.libreho.platform.InvalidInputException;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Leaving the network. A member's delegation leaves by itself, at once or at a date (the organisation is "leaving"
 * until then); an adopted exclusion or end-of-services decision makes the organisation a former member at once.
 * Status changes go through the directory; the history stays.
 */
@ApplicationScoped
public class Departures {

    static final int MAX_PAGE = 100;
    static final String SPEAKERS_ONLY = "Only the organisation's delegation decides that it leaves the network.";

    private final Directory directory;
    private final Clock clock;
    private final PublicContent publicContent;

    public Departures(Directory directory, Clock clock, PublicContent publicContent) {
        this.directory = directory;
        this.clock = clock;
        this.publicContent = publicContent;
    }

    /** The delegation of a member organisation leaves, at once ({@code effectiveAt} null or past) or at a date. */
    public DepartureView leave(String slug, Instant effectiveAt, Actor actor) {
        if (actor == null || actor.subject() == null || directory.organisationsOf(actor).stream()
                .noneMatch(membership -> membership.slug().equals(slug))) {
            throw new ForbiddenException(SPEAKERS_ONLY);
        }
        if (directory.statusOf(slug).orElse(null) != OrganisationStatus.MEMBER) {
            throw InvalidInputException.of("organisation", "not_member",
                    "Only a member organisation leaves the network; '" + slug + "' is not one now");
        }
        Instant now = clock.instant();
        Instant when = effectiveAt == null || effectiveAt.isBefore(now) ? now : effectiveAt;
        DepartureEntity departure = record(slug, DepartureReason.VOLUNTARY, when, null, actor.name(), now);
        if (!when.isAfter(now)) {
            complete(departure, now);
        } else {
            directory.changeStatus(slug, OrganisationStatus.LEAVING, Actor.platform());
            publicContent.changed();
        }
        return departure.view();
    }

    /** An adopted exclusion or end of services: the organisation is a former member from now on. */
    public void decided(String slug, DepartureReason reason, long proposalId) {
        Instant now = clock.instant();
        complete(record(slug, reason, now, proposalId, "platform", now), now);
    }

    private static DepartureEntity record(String slug, DepartureReason reason, Instant when, Long proposalId,
            String by, Instant now) {
        DepartureEntity departure = new DepartureEntity();
        departure.organisation = slug;
        departure.reason = reason;
        departure.effectiveAt = when;
        departure.proposalId = proposalId;
        departure.requestedBy = by;
        departure.requestedAt = now;
        departure.persist();
        return departure;
    }

    private void complete(DepartureEntity departure, Instant now) {
        directory.changeStatus(departure.organisation, OrganisationStatus.FORMER_MEMBER, Actor.platform());
        departure.doneAt = now;
        publicContent.changed();
    }

    /** The departures whose date has come, at most {@code limit}. */
    public List<Long> due(int limit) {
        return DepartureEntity.<DepartureEntity> find("doneAt is null and effectiveAt <= ?1 order by effectiveAt",
                clock.instant()).page(0, limit).list().stream().map(d -> d.id).toList();
    }

    /** Completes one due departure in a transaction of its own (the closing job's pass). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completeIfDue(long id) {
        DepartureEntity departure = DepartureEntity.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (departure != null && departure.doneAt == null && !departure.effectiveAt.isAfter(now)) {
            complete(departure, now);
        }
    }

    public Page<DepartureView> list(int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(1, page);
        var found = DepartureEntity.<DepartureEntity> findAll(Sort.by("requestedAt", Sort.Direction.Descending)
                .and("id", Sort.Direction.Descending)).page(pageNumber - 1, pageSize);
        return new Page<>(found.list().stream().map(DepartureEntity::view).toList(), pageNumber, pageSize,
                found.count());
    }
}
