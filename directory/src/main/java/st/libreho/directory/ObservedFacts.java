package st.libreho.directory;

import java.time.Instant;
import java.util.List;

/**
 * What a check saw, for the page to say it plainly ("answered 200", "certificate valid until 3 Mar 2027"). Each field
 * is null when the check did not get that far or it does not apply.
 *
 * @param httpStatus the final answer's status
 * @param finalUrl where the address led after redirects, when it differs from the address checked
 * @param contentType the final answer's media type, without parameters
 * @param certificateNotAfter the end of the server certificate's validity, also when the certificate is not trusted
 * @param redirectsToHttps whether plain HTTP on the same host redirects to HTTPS
 * @param hsts whether the HTTPS answer carries Strict-Transport-Security
 * @param securityTxtExpires the security.txt's Expires
 * @param securityTxtContacts the security.txt's Contact lines
 * @param nodeInfo what the service said of itself
 * @param detail a short technical detail for the delegate (the TLS error, the parse error), in English
 */
public record ObservedFacts(Integer httpStatus, String finalUrl, String contentType, Instant certificateNotAfter,
        Boolean redirectsToHttps, Boolean hsts, Instant securityTxtExpires, List<String> securityTxtContacts,
        NodeInfoFacts nodeInfo, String detail) {

    public static final ObservedFacts NONE = new ObservedFacts(null, null, null, null, null, null, null, null, null,
            null);

    public ObservedFacts {
        securityTxtContacts = securityTxtContacts == null ? List.of() : List.copyOf(securityTxtContacts);
    }
}
