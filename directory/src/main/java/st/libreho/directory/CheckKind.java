package st.libreho.directory;

import java.util.EnumSet;
import java.util.Set;

/** One thing the platform observes on a member's sites; each belongs to a {@link CheckClass}. */
public enum CheckKind {
    /** The home URL: reachable over HTTPS, valid certificate, plain HTTP redirected to HTTPS, HSTS. */
    HOME_PAGE(CheckClass.TLS, null),
    /** The page presenting the services, checked as the home page. */
    SERVICES_PAGE(CheckClass.TLS, Commitment.SERVICES_PAGE),
    /** A declared policy page: answers 200 with an HTML or PDF document of its own. */
    TERMS_OF_SERVICE(CheckClass.POLICY_PAGES, Commitment.ACCOUNT_POLICY),
    ACCOUNT_POLICY(CheckClass.POLICY_PAGES, Commitment.ACCOUNT_POLICY),
    PRIVACY_POLICY(CheckClass.POLICY_PAGES, Commitment.NO_DATA_EXPLOITATION),
    ECONOMIC_MODEL(CheckClass.POLICY_PAGES, Commitment.ECONOMIC_MODEL),
    /** A service's URL: reachable over HTTPS with a valid certificate. */
    SERVICE(CheckClass.TLS, Commitment.FREE_ENCRYPTION),
    /**
     * {@code /.well-known/security.txt} on the home host: present, parseable, not expired. Shown beside the contacts:
     * it is good practice, not a commitment of the CPP, so it never contradicts a statement.
     */
    SECURITY_TXT(CheckClass.SECURITY_TXT, null),
    /**
     * A service's NodeInfo: software, version, protocols, registrations, users. Shown beside the service's own
     * declaration rather than a commitment: a service without readable NodeInfo says nothing about free software.
     */
    NODEINFO(CheckClass.NODEINFO, null);

    private final CheckClass checkClass;
    private final Commitment bearsOn;

    CheckKind(CheckClass checkClass, Commitment bearsOn) {
        this.checkClass = checkClass;
        this.bearsOn = bearsOn;
    }

    /** What a service's address must not show while its organisation says it encrypts at no additional cost. */
    private static final Set<Finding> UNENCRYPTED = EnumSet.of(Finding.NOT_HTTPS, Finding.CERTIFICATE_EXPIRED,
            Finding.CERTIFICATE_NOT_TRUSTED, Finding.CERTIFICATE_NAME_MISMATCH, Finding.TLS_FAILED);
    /** What a declared page must not show while its organisation says it publishes that page. */
    private static final Set<Finding> NO_PAGE = EnumSet.of(Finding.NOT_FOUND, Finding.REDIRECTS_TO_HOME,
            Finding.PARKED_DOMAIN, Finding.NOT_A_DOCUMENT);

    /**
     * Whether this finding contradicts a statement that the organisation meets the commitment this kind bears on. A
     * host that did not answer in time says nothing about encryption or a policy, so only these do: for a service, no
     * HTTPS or an invalid certificate; for a page, that it is not there.
     */
    public boolean contradictedBy(Finding finding) {
        return switch (this) {
            case SERVICE -> UNENCRYPTED.contains(finding);
            case SERVICES_PAGE, TERMS_OF_SERVICE, ACCOUNT_POLICY, PRIVACY_POLICY, ECONOMIC_MODEL -> NO_PAGE
                    .contains(finding);
            default -> false;
        };
    }

    public CheckClass checkClass() {
        return checkClass;
    }

    /**
     * The commitment whose statement this observation is shown beside, or null when it is shown only beside the
     * address or service it checked (the home page, NodeInfo).
     */
    public Commitment bearsOn() {
        return bearsOn;
    }

}
