package st.libreho.platform;

import java.time.Instant;

/** What was asked is limited in how often it may be done, and was done too recently; it may be asked again later. */
public class TooSoonException extends RuntimeException {

    private final Instant retryAt;

    public TooSoonException(String message, Instant retryAt) {
        super(message);
        this.retryAt = retryAt;
    }

    /** When asking again will be accepted. */
    public Instant retryAt() {
        return retryAt;
    }
}
