package st.libreho.directory.internal.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import st.libreho.directory.HistoryEntry;
import st.libreho.directory.OrganisationDetails;
import st.libreho.platform.Actor;
import st.libreho.platform.Page;
import st.libreho.platform.web.cache.PublicContent;

/**
 * Writes and reads the public history of each organisation. Every change of an organisation is recorded here, so this
 * is also where the directory tells the platform that what the public sees has changed: the kept renderings of public
 * pages are forgotten, on every instance, once the change commits.
 */
@ApplicationScoped
public class History {

    private final PublicContent publicContent;

    public History(PublicContent publicContent) {
        this.publicContent = publicContent;
    }

    public void record(long organisationId, Actor actor, String kind, String subject, String oldValue,
            String newValue) {
        OrganisationEventEntity event = new OrganisationEventEntity();
        event.organisationId = organisationId;
        event.at = Instant.now();
        event.actor = actor.name() == null ? "unknown" : actor.name();
        event.kind = kind;
        event.subject = subject;
        event.oldValue = oldValue;
        event.newValue = newValue;
        event.persist();
        publicContent.changed();
    }

    /** One history line per field that changed, so that the history says exactly what moved. */
    public void recordChanges(long organisationId, Actor actor, OrganisationDetails before, OrganisationDetails after) {
        for (var component : OrganisationDetails.class.getRecordComponents()) {
            try {
                Object old = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    String kind = component.getName().equals("contactEmail") ? "CONTACT_EMAIL_CHANGED"
                            : "ENTRY_UPDATED";
                    record(organisationId, actor, kind, component.getName(), text(old), text(now));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot compare " + component.getName(), e);
            }
        }
    }

    public Page<HistoryEntry> of(OrganisationEntity organisation, int page, int size) {
        var query = OrganisationEventEntity.<OrganisationEventEntity> find(
                "organisationId = ?1 order by at desc, id desc", organisation.id);
        List<HistoryEntry> items = query.page(page - 1, size).list().stream().map(OrganisationEventEntity::view)
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    /** The same page with the delegation's addresses left out, for readers outside the organisation. */
    public static Page<HistoryEntry> withoutDelegateAddresses(Page<HistoryEntry> entries) {
        return new Page<>(entries.items().stream().map(entry -> entry.kind().startsWith("DELEGATE_")
                ? new HistoryEntry(entry.at(), entry.actor(), entry.kind(), null, null, null)
                : entry).toList(), entries.page(), entries.size(), entries.total());
    }

    public List<HistoryEntry> all(OrganisationEntity organisation) {
        return OrganisationEventEntity.<OrganisationEventEntity> list("organisationId = ?1 order by at, id",
                organisation.id).stream().map(OrganisationEventEntity::view).toList();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : value.toString();
    }
}
