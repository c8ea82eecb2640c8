package st.libreho.directory.internal.observations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import st.libreho.directory.Finding;
import st.libreho.directory.NodeInfoFacts;
import st.libreho.directory.ObservedFacts;

/** What one check has seen so far, becoming its {@link CheckResult}. */
final class Sighting {

    final PlannedCheck check;
    private final List<Finding> findings = new ArrayList<>();
    Integer httpStatus;
    String finalUrl;
    String contentType;
    Instant certificateNotAfter;
    Boolean redirectsToHttps;
    Boolean hsts;
    Instant securityTxtExpires;
    List<String> securityTxtContacts;
    NodeInfoFacts nodeInfo;
    private String detail;

    Sighting(PlannedCheck check) {
        this.check = check;
    }

    /** Adds a finding; the first finding's detail is the one kept, as the most telling. */
    Sighting found(Finding finding, String detail) {
        if (!findings.contains(finding)) {
            findings.add(finding);
        }
        if (this.detail == null && detail != null) {
            this.detail = detail;
        }
        return this;
    }

    boolean failed() {
        return findings.stream().anyMatch(Finding::fails);
    }

    CheckResult result(Instant observedAt) {
        return new CheckResult(check.organisationId(), check.kind(), check.subject(), check.serviceId(), findings,
                new ObservedFacts(httpStatus, finalUrl, contentType, certificateNotAfter, redirectsToHttps, hsts,
                        securityTxtExpires, securityTxtContacts, nodeInfo, detail),
                observedAt);
    }
}
