package st.libreho.directory;

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
    /** {@code /.well-known/security.txt} on the home host: present, parseable, not expired. */
    SECURITY_TXT(CheckClass.SECURITY_TXT, Commitment.CONTACT_POINT),
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

    /** Whether a check of this kind is about one of the organisation's services rather than its own pages. */
    public boolean perService() {
        return this == SERVICE || this == NODEINFO;
    }
}
