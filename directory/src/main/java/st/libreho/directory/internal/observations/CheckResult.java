package st.libreho.directory.internal.observations;

import java.time.Instant;
import java.util.List;

import st.libreho.directory.CheckKind;
import st.libreho.directory.Finding;
import st.libreho.directory.ObservedFacts;

/**
 * One observation as the checker made it: what it checked ({@code kind} and {@code subject}: the address, or for
 * {@link CheckKind#NODEINFO} the service's address), what it found, and when.
 *
 * @param serviceId the service checked, for {@link CheckKind#SERVICE} and {@link CheckKind#NODEINFO}; else null
 * @param findings empty when everything checked was as it should be
 */
public record CheckResult(long organisationId, CheckKind kind, String subject, Long serviceId, List<Finding> findings,
        ObservedFacts facts, Instant observedAt) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::fails);
    }
}
