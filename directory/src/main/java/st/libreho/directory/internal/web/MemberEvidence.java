package st.libreho.directory.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.quarkus.qute.TemplateData;
import st.libreho.directory.CheckClass;
import st.libreho.directory.CheckKind;
import st.libreho.directory.Commitment;
import st.libreho.directory.NodeInfoDifference;
import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.Observation;
import st.libreho.directory.OrganisationObservations;
import st.libreho.directory.ServiceView;
import st.libreho.directory.StatementState;
import st.libreho.directory.StatementView;
import st.libreho.directory.internal.observations.NodeInfoComparison;

/**
 * What the member page shows of observed evidence, beside what the organisation declares: by link, by service and by
 * commitment, with its failures first for its delegation.
 */
@TemplateData
public class MemberEvidence {

    /** What a service said through NodeInfo, and what differs from its declaration. */
    @TemplateData
    public record NodeInfoLine(NodeInfoFacts facts, String software, String details, String differences,
            String when) {
    }

    private final OrganisationObservations observations;
    private final ObservedLines lines;
    private final ObservationMessages msg;
    private final java.util.Map<Long, String> serviceNames;

    /** @param services the organisation's services, whose names tell apart the observations that concern them */
    public MemberEvidence(OrganisationObservations observations, List<ServiceView> services, ObservedLines lines) {
        this.observations = observations;
        this.serviceNames = services.stream().collect(java.util.stream.Collectors.toMap(ServiceView::id,
                service -> service.details().name()));
        this.lines = lines;
        this.msg = lines.messages();
    }

    public boolean checked() {
        return observations.checkedAt() != null;
    }

    public String checkedAt() {
        return lines.date(observations.checkedAt());
    }

    public String recheckFrom() {
        return lines.date(observations.recheckFrom());
    }

    public boolean recheckAvailable() {
        return !observations.recheckFrom().isAfter(java.time.Instant.now());
    }

    /** The organisation's failures, for its delegation at the top of its page. */
    public List<ObservedLine> failing() {
        return observations.failing().stream().map(this::line).toList();
    }

    public List<ObservedLine> all() {
        return observations.observations().stream().map(this::line).toList();
    }

    /** The observation of one of the organisation's own pages ({@code HOME_PAGE}, {@code PRIVACY_POLICY}...). */
    public ObservedLine page(String kind) {
        return observations.ofKind(CheckKind.valueOf(kind)).stream().findFirst().map(this::line).orElse(null);
    }

    public ObservedLine service(ServiceView service) {
        return observations.ofService(CheckKind.SERVICE, service.id()).map(this::line).orElse(null);
    }

    public NodeInfoLine nodeInfo(ServiceView service) {
        Observation observation = observations.ofService(CheckKind.NODEINFO, service.id()).orElse(null);
        if (observation == null || observation.facts().nodeInfo() == null) {
            return null;
        }
        NodeInfoFacts facts = observation.facts().nodeInfo();
        List<String> details = new ArrayList<>();
        if (facts.openRegistrations() != null) {
            details.add(facts.openRegistrations() ? msg.nodeinfo_open() : msg.nodeinfo_closed());
        }
        if (facts.usersTotal() != null) {
            details.add(msg.nodeinfo_users(facts.usersTotal()));
        }
        if (!facts.protocols().isEmpty()) {
            details.add(msg.nodeinfo_protocols(String.join(", ", facts.protocols())));
        }
        List<String> differences = NodeInfoComparison.compare(service.details().softwareName(),
                service.details().registration(), facts).stream()
                .map(difference -> difference == NodeInfoDifference.SOFTWARE_DIFFERS
                        ? msg.difference_software()
                        : msg.difference_registrations())
                .toList();
        return new NodeInfoLine(facts, msg.nodeinfo_software(Objects.toString(facts.softwareName(), ""),
                Objects.toString(facts.softwareVersion(), "")).strip(), String.join(", ", details),
                differences.isEmpty() ? null : msg.nodeinfo_differs(String.join(", ", differences)),
                lines.date(observation.observedAt()));
    }

    /** The NodeInfo check's finding for a service without a readable document (absent, invalid). */
    public ObservedLine nodeInfoCheck(ServiceView service) {
        return observations.ofService(CheckKind.NODEINFO, service.id()).map(this::line).orElse(null);
    }

    /** The observations that bear on a commitment, shown beside the organisation's statement on it. */
    public List<ObservedLine> bearingOn(Commitment commitment) {
        return observations.observations().stream().filter(observation -> observation.kind().bearsOn() == commitment)
                .map(this::line).toList();
    }

    /** Whether the organisation declares it meets the commitment while a check bearing on it contradicts that. */
    public boolean discrepancy(Commitment commitment, StatementView statement) {
        return statement != null && statement.state() == StatementState.MEETS && observations.observations()
                .stream().anyMatch(observation -> observation.kind().bearsOn() == commitment
                        && observation.contradictsDeclaration());
    }

    /** "Not checked: the organisation opted out of ..." for the class of this kind, or null. */
    public String optedOut(String kind) {
        CheckClass checkClass = CheckKind.valueOf(kind).checkClass();
        return observations.optedOut(checkClass) ? msg.opted_out(msg.check_class(checkClass)) : null;
    }

    private ObservedLine line(Observation observation) {
        return lines.line(observation, observation.serviceId() == null ? null
                : serviceNames.get(observation.serviceId()));
    }

    /** Every opt-out, in words. */
    public List<String> optOuts() {
        return observations.optedOut().stream().sorted().map(checkClass -> msg.opted_out(msg.check_class(
                checkClass))).toList();
    }
}
