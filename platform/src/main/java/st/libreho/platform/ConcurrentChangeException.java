package st.libreho.platform;

/**
 * Someone else changed the entry since it was read. Carries the current state so that the person can see the other
 * change and decide; nothing was written.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final transient Object current;
    private final long currentVersion;

    public ConcurrentChangeException(String what, Object current, long currentVersion) {
        super(what + " was changed by someone else since you read it (now at version " + currentVersion
                + "). Nothing was saved: review their change and apply yours again.");
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public Object current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
