package st.libreho.directory;

import java.time.Instant;

/**
 * One recorded change to an organisation: who, when, what.
 *
 * @param kind what happened, e.g. {@code DELEGATE_ADDED}, {@code CONTACT_EMAIL_CHANGED}, {@code ENTRY_UPDATED}
 * @param subject what it happened to (a field, a service name, an address)
 */
public record HistoryEntry(Instant at, String actor, String kind, String subject, String oldValue,
        String newValue) {
}
