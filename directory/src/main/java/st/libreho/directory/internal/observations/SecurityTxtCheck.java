package st.libreho.directory.internal.observations;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.FetchFailure;
import st.libreho.directory.internal.interop.GuardedHttp;

/** {@code /.well-known/security.txt} on the home host (RFC 9116): present, with a Contact, a single Expires, not past. */
final class SecurityTxtCheck {

    /** A security.txt is a few lines; one larger than this is refused rather than cut, as cutting may hide a field. */
    static final int MAX_BYTES = 64 * 1024;

    private final SiteVisit visit;

    SecurityTxtCheck(SiteVisit visit) {
        this.visit = visit;
    }

    /** The address of the security.txt of a home page's host, or null when the home page is no URL. */
    static String address(String homeUrl) {
        try {
            // RFC 9116 asks for HTTPS in any case
            return SiteVisit.wellKnown(GuardedHttp.parse(homeUrl), "security.txt");
        } catch (FetchFailure e) {
            return null;
        }
    }

    Sighting check(PlannedCheck check) {
        Sighting observation = new Sighting(check);
        URI asked;
        try {
            asked = GuardedHttp.parse(check.subject());
        } catch (FetchFailure e) {
            return observation.found(Finding.UNREACHABLE, e.getMessage());
        }
        if (visit.certificateFails(asked, observation)) {
            return observation;
        }
        GuardedHttp.Answer answer;
        try {
            answer = visit.http.get(check.subject(), "text/plain", GuardedHttp.BodyLimit.failBeyond(MAX_BYTES), true);
        } catch (FetchFailure e) {
            visit.fetchFailed(e, observation);
            return observation;
        }
        SiteVisit.recordAnswer(answer, asked, observation);
        int status = answer.statusCode();
        if (status == 404 || status == 410) {
            return observation.found(Finding.SECURITY_TXT_MISSING, "there is no security.txt (HTTP " + status + ")");
        }
        if (status < 200 || status > 299) {
            return observation.found(Finding.HTTP_ERROR, "the server answered HTTP " + status);
        }
        if (!answer.uri().getScheme().equalsIgnoreCase("https")) {
            observation.found(Finding.NOT_HTTPS, "it redirects to plain http: " + answer.uri());
        }
        String type = observation.contentType;
        if (type != null && (type.equals("text/html") || type.equals("application/xhtml+xml"))) {
            // many sites answer any path with a page; that is no security.txt
            return observation.found(Finding.SECURITY_TXT_INVALID, "it is a web page (" + type + "), not text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(answer.body()))
                    .toString();
        } catch (CharacterCodingException e) {
            return observation.found(Finding.SECURITY_TXT_INVALID, "it is not UTF-8 text");
        }
        SecurityTxt securityTxt = SecurityTxt.parse(text);
        observation.securityTxtExpires = securityTxt.expires();
        observation.securityTxtContacts = securityTxt.contacts();
        if (!securityTxt.problems().isEmpty()) {
            observation.found(Finding.SECURITY_TXT_INVALID, String.join("; ", securityTxt.problems()));
        }
        if (securityTxt.expires() != null && securityTxt.expires().isBefore(visit.now())) {
            observation.found(Finding.SECURITY_TXT_EXPIRED, "it expired on " + securityTxt.expires());
        }
        return observation;
    }
}
