package st.libreho.directory;

import java.time.Instant;

/**
 * An organisation's delegation changed: an address added or removed, or the contact address replaced. The network
 * is told of every replacement (CPP, "Structures of the Members").
 */
public record DelegationChanged(long organisationId, String slug, String kind, String oldValue, String newValue,
        Instant at, String actor) {
}
