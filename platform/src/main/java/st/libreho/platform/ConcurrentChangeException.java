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

    /** The current state, whatever its type: what the API's problem detail serialises as {@code current}. */
    public Object current() {
        return current;
    }

    /**
     * The current state as the type the caller knows the change carries (a Java exception cannot be generic); null
     * when there is none now, for example a contact that someone removed.
     *
     * @throws IllegalStateException if the current state is of another type: the caller caught another change
     */
    public <T> T current(Class<T> type) {
        if (current != null && !type.isInstance(current)) {
            throw new IllegalStateException("The concurrent change carries a " + current.getClass().getName()
                    + ", not a " + type.getName(), this);
        }
        return type.cast(current);
    }

    public long currentVersion() {
        return currentVersion;
    }
}
