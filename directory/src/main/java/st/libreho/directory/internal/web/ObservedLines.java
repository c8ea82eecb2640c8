package st.libreho.directory.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;

import st.libreho.directory.Finding;
import st.libreho.directory.Observation;
import st.libreho.directory.ObservedFacts;
import st.libreho.platform.web.Bundles;
import st.libreho.platform.web.Moments;
import st.libreho.platform.web.RequestLanguage;

/** Turns observations into sentences in the reader's language. */
@RequestScoped
public class ObservedLines {

    private final ObservationMessages msg;
    private final RequestLanguage language;

    public ObservedLines(RequestLanguage language) {
        this.language = language;
        this.msg = Bundles.of(ObservationMessages.class, language.get());
    }

    public ObservationMessages messages() {
        return msg;
    }

    public ObservedLine line(Observation observation) {
        return line(observation, null);
    }

    /** With the name of the service it concerns, so that two services at one address read apart. */
    public ObservedLine line(Observation observation, String serviceName) {
        List<ObservedLine.Found> found = new ArrayList<>();
        for (Finding finding : observation.findings()) {
            found.add(new ObservedLine.Found(msg.finding(finding), msg.fix(finding), finding.fails()));
        }
        String what = serviceName == null ? msg.kind(observation.kind())
                : msg.kind_of_service(msg.kind(observation.kind()), serviceName);
        return new ObservedLine(what, observation.subject(),
                summary(observation), date(observation.observedAt()), observation.failed(),
                observation.failingSince() == null ? null : date(observation.failingSince()), found,
                observation.facts().detail());
    }

    public String date(Instant instant) {
        return Moments.readable(instant, language.locale());
    }

    /** What was seen, e.g. "answered 200, text/html; certificate valid until 3 Mar 2027, 10:00 UTC; HSTS". */
    private String summary(Observation observation) {
        ObservedFacts facts = observation.facts();
        List<String> parts = new ArrayList<>();
        if (facts.httpStatus() != null) {
            parts.add(msg.answered(facts.httpStatus())
                    + (facts.contentType() == null ? "" : ", " + msg.document_type(facts.contentType())));
        }
        if (facts.nodeInfo() != null && facts.nodeInfo().softwareName() != null) {
            parts.add(msg.nodeinfo_software(facts.nodeInfo().softwareName(),
                    Objects.toString(facts.nodeInfo().softwareVersion(), "")).strip());
        }
        if (facts.finalUrl() != null) {
            parts.add(msg.led_to(facts.finalUrl()));
        }
        if (facts.certificateNotAfter() != null) {
            String until = date(facts.certificateNotAfter());
            if (observation.findings().contains(Finding.CERTIFICATE_EXPIRED)) {
                parts.add(msg.certificate_expired_on(until));
            } else if (observation.findings().contains(Finding.CERTIFICATE_NOT_TRUSTED)
                    || observation.findings().contains(Finding.CERTIFICATE_NAME_MISMATCH)) {
                parts.add(msg.certificate_untrusted_until(until));
            } else {
                // counted from the observation, as the page says when it was made
                parts.add(msg.certificate_valid_until(until, java.time.Duration.between(observation.observedAt(),
                        facts.certificateNotAfter()).toDays()));
            }
        }
        if (Boolean.TRUE.equals(facts.redirectsToHttps())) {
            parts.add(msg.redirects_to_https());
        }
        if (Boolean.TRUE.equals(facts.hsts())) {
            parts.add(msg.hsts());
        }
        if (facts.securityTxtExpires() != null && !observation.findings().contains(Finding.SECURITY_TXT_EXPIRED)) {
            parts.add(msg.security_txt_expires(date(facts.securityTxtExpires())));
        }
        if (parts.isEmpty() && observation.findings().isEmpty()) {
            parts.add(msg.all_well());
        }
        return String.join("; ", parts);
    }
}
