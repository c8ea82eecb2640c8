package st.libreho.directory.internal.observations;

import java.util.Locale;

import st.libreho.directory.CheckKind;
import st.libreho.directory.internal.interop.FetchFailure;
import st.libreho.directory.internal.interop.GuardedHttp;

/**
 * One thing to check, in the order of the results.
 *
 * @param order where its result goes among all results
 * @param subject the address checked (for NodeInfo, the service's)
 * @param homeUrl the organisation's home page, to tell a policy page redirecting there
 */
record PlannedCheck(int order, long organisationId, CheckKind kind, String subject, Long serviceId, String homeUrl) {

    /** The host the check talks to, by which checks are grouped so that a host is asked one thing at a time. */
    String host() {
        try {
            return GuardedHttp.parse(subject).getHost().toLowerCase(Locale.ROOT);
        } catch (FetchFailure e) {
            return "not a URL #" + order; // nothing will be fetched for it
        }
    }
}
