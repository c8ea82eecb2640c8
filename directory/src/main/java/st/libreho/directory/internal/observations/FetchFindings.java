package st.libreho.directory.internal.observations;

import st.libreho.directory.Finding;
import st.libreho.directory.internal.interop.FetchFailure;

/** The finding for a fetch that gave no answer. */
final class FetchFindings {

    private FetchFindings() {
    }

    static Finding finding(FetchFailure failure) {
        return switch (failure.kind()) {
            case PRIVATE_ADDRESS -> Finding.PRIVATE_ADDRESS;
            case TOO_MANY_REDIRECTS -> Finding.TOO_MANY_REDIRECTS;
            case TIMED_OUT -> Finding.TIMED_OUT;
            case TOO_LARGE -> Finding.TOO_LARGE;
            case TLS -> Finding.TLS_FAILED;
            // an address that is no URL or a redirect that leads nowhere cannot be reached either
            case NOT_A_URL, UNKNOWN_HOST, BAD_REDIRECT, UNREACHABLE, INTERRUPTED, FAILED -> Finding.UNREACHABLE;
        };
    }
}
