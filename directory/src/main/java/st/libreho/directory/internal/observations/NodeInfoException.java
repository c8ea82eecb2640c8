package st.libreho.directory.internal.observations;

/**
 * A NodeInfo discovery document or NodeInfo document that cannot be used at all. The message is plain English, meant
 * to be shown to the delegate next to {@link st.libreho.directory.Finding#NODEINFO_INVALID}. Checked, so that the
 * checker turns it into a finding rather than a server error.
 */
public class NodeInfoException extends Exception {

    private static final long serialVersionUID = 1L;

    public NodeInfoException(String message) {
        super(message);
    }

    public NodeInfoException(String message, Throwable cause) {
        super(message, cause);
    }
}
