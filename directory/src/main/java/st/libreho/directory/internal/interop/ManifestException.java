package st.libreho.directory.internal.interop;

import java.util.Optional;

/**
 * A document that cannot be imported at all (as opposed to a field that cannot be used, which is an
 * {@link st.libreho.directory.ImportWarning}). The message is plain English, meant to be shown to the delegate.
 * Checked, so that every caller decides how to tell the delegate rather than letting it become a server error.
 */
public class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ManifestException(String message) {
        this(message, null, null);
    }

    public ManifestException(String message, Throwable cause) {
        this(message, null, cause);
    }

    private ManifestException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** An exception caused by one field of the document, e.g. a missing {@code name}. */
    public static ManifestException inField(String field, String message) {
        return new ManifestException(message, field, null);
    }

    /** The field of the document at fault, when the problem is one field rather than the whole document. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
