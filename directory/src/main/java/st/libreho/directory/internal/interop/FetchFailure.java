package st.libreho.directory.internal.interop;

/**
 * Why a {@link GuardedHttp} fetch gave no answer. The message is the reason in plain English, without the address
 * (e.g. "the server did not answer within 500 ms"), so that each caller can say it its own way.
 */
public final class FetchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for a caller that decides by it. */
    public enum Kind {
        /** The address is no absolute http(s) URL. */
        NOT_A_URL,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** The host is on a private or local network, which is refused unless allowed. */
        PRIVATE_ADDRESS,
        /** More redirects than allowed, or a redirect back to an address already visited. */
        TOO_MANY_REDIRECTS,
        /** A redirect without a location, or to something that is no http(s) URL. */
        BAD_REDIRECT,
        /** No complete answer before the deadline. */
        TIMED_OUT,
        /** No connection: refused, reset, or not made in time. */
        UNREACHABLE,
        /** The body is larger than the limit. */
        TOO_LARGE,
        /** No secure connection could be made (certificate, protocol, cipher). */
        TLS,
        /** The fetching thread was interrupted. */
        INTERRUPTED,
        /** Anything else that stopped the exchange. */
        FAILED
    }

    private final Kind kind;
    private final String where;

    FetchFailure(Kind kind, Object where, String reason) {
        this(kind, where, reason, null);
    }

    FetchFailure(Kind kind, Object where, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
        this.where = String.valueOf(where);
    }

    public Kind kind() {
        return kind;
    }

    /** The address at which the fetch failed: the one asked for, or a redirect's target. */
    public String where() {
        return where;
    }
}
