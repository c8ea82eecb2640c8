package st.libreho.directory.internal.observations;

/** A NodeInfo discovery document or document that cannot be used; the message says why, in English. */
public class NodeInfoException extends Exception {

    private static final long serialVersionUID = 1L;

    public NodeInfoException(String message) {
        super(message);
    }

    public NodeInfoException(String message, Throwable cause) {
        super(message, cause);
    }
}
