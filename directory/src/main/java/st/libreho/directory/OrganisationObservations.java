package st.libreho.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything observed of one organisation, failures first, with the classes of checks it opted out of.
 *
 * @param checkedAt when it was last checked, or null when never
 * @param recheckFrom from when its delegation may ask for a new check (the rate limit)
 */
public record OrganisationObservations(String slug, List<Observation> observations, Set<CheckClass> optedOut,
        Instant checkedAt, Instant recheckFrom) {

    public OrganisationObservations {
        observations = List.copyOf(observations);
        optedOut = Set.copyOf(optedOut);
    }

    public List<Observation> failing() {
        return observations.stream().filter(Observation::failed).toList();
    }

    /** The observations of this kind (several for per-service kinds). */
    public List<Observation> ofKind(CheckKind kind) {
        return observations.stream().filter(observation -> observation.kind() == kind).toList();
    }

    /** The observation of this kind on this service, if any. */
    public java.util.Optional<Observation> ofService(CheckKind kind, long serviceId) {
        return observations.stream()
                .filter(observation -> observation.kind() == kind && Long.valueOf(serviceId)
                        .equals(observation.serviceId()))
                .findFirst();
    }

    public boolean optedOut(CheckClass checkClass) {
        return optedOut.contains(checkClass);
    }
}
