package st.libreho.directory;

import java.time.Instant;
import java.util.List;

/**
 * What the platform last observed of one thing an organisation declared.
 *
 * @param subject the address checked
 * @param serviceId the service it concerns, for {@link CheckKind#SERVICE} and {@link CheckKind#NODEINFO}
 * @param failed whether a finding is a {@link Finding.Severity#FAILURE}
 * @param failingSince since when it has failed without interruption, or null when it does not fail
 */
public record Observation(CheckKind kind, String subject, Long serviceId, List<Finding> findings, boolean failed,
        ObservedFacts facts, Instant observedAt, Instant failingSince) {

    public Observation {
        findings = List.copyOf(findings);
    }

    /** Whether a finding contradicts a statement that the organisation meets the commitment this bears on. */
    public boolean contradictsDeclaration() {
        return findings.stream().anyMatch(kind::contradictedBy);
    }

    /** The findings that make it fail, for the lists of failures. */
    public List<Finding> failures() {
        return findings.stream().filter(Finding::fails).toList();
    }

    /** The findings that fail nothing but are worth knowing. */
    public List<Finding> notices() {
        return findings.stream().filter(finding -> !finding.fails()).toList();
    }
}
