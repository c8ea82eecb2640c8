package st.libreho.directory;

/**
 * Something a check found. A {@link Severity#FAILURE} makes the observation fail and lists it on the network's
 * observations page; a {@link Severity#NOTICE} is shown but fails nothing. Pages explain each one and how to fix it
 * from the bundles, by the constant's name.
 */
public enum Finding {
    /** No answer: unknown host, connection refused or reset. */
    UNREACHABLE(Severity.FAILURE),
    /** No complete answer before the check's deadline. */
    TIMED_OUT(Severity.FAILURE),
    /** The address resolves to a private or local network, which the platform never fetches. */
    PRIVATE_ADDRESS(Severity.FAILURE),
    /** More redirects than the checker follows, or a loop. */
    TOO_MANY_REDIRECTS(Severity.FAILURE),
    /** The body is larger than the checker reads. */
    TOO_LARGE(Severity.FAILURE),
    /** The address, or where it leads, is plain HTTP. */
    NOT_HTTPS(Severity.FAILURE),
    /** The certificate's validity ended. */
    CERTIFICATE_EXPIRED(Severity.FAILURE),
    /** The certificate is self-signed or from an authority browsers do not trust. */
    CERTIFICATE_NOT_TRUSTED(Severity.FAILURE),
    /** The certificate is for another name. */
    CERTIFICATE_NAME_MISMATCH(Severity.FAILURE),
    /** No TLS connection could be made for another reason (protocol, cipher). */
    TLS_FAILED(Severity.FAILURE),
    /** The certificate is valid but ends within the notice period. */
    CERTIFICATE_EXPIRES_SOON(Severity.NOTICE),
    /** Plain HTTP on the same host does not redirect to HTTPS. */
    NO_HTTPS_REDIRECT(Severity.NOTICE),
    /** The HTTPS answer has no Strict-Transport-Security header. */
    NO_HSTS(Severity.NOTICE),
    /** The page answered 404 or 410. */
    NOT_FOUND(Severity.FAILURE),
    /** The page answered another status than 200. */
    HTTP_ERROR(Severity.FAILURE),
    /** The page is neither HTML nor PDF. */
    NOT_A_DOCUMENT(Severity.FAILURE),
    /** The policy page redirects to the home page instead of a page of its own. */
    REDIRECTS_TO_HOME(Severity.FAILURE),
    /** The page looks like a parked domain or a domain for sale. */
    PARKED_DOMAIN(Severity.FAILURE),
    /** No security.txt (404 or 410). */
    SECURITY_TXT_MISSING(Severity.FAILURE),
    /** The security.txt has no Contact, no single valid Expires, or cannot be read as text. */
    SECURITY_TXT_INVALID(Severity.FAILURE),
    /** The security.txt's Expires date has passed. */
    SECURITY_TXT_EXPIRED(Severity.FAILURE),
    /** The platform could not complete the check (its own error, or it was stopping): says nothing of the site. */
    CHECK_INCOMPLETE(Severity.NOTICE),
    /** The host does not offer NodeInfo (404 or 400): many services do not, so it fails nothing. */
    NODEINFO_ABSENT(Severity.NOTICE),
    /** NodeInfo is offered but its discovery document or its document is not valid. */
    NODEINFO_INVALID(Severity.FAILURE),
    /** The NodeInfo host answered a server error (5xx), also after a retry. */
    NODEINFO_SERVER_ERROR(Severity.FAILURE);

    /** How much a finding weighs. */
    public enum Severity {
        FAILURE, NOTICE
    }

    private final Severity severity;

    Finding(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean fails() {
        return severity == Severity.FAILURE;
    }
}
