package st.libreho.directory;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who asks for a change. The directory decides from this, not from the page, whether they may make it.
 *
 * @param subject the provider's subject; null for the platform itself (imports, demo data)
 * @param name shown in histories
 * @param email the person's e-mail address as the provider gave it
 * @param emailVerified whether the provider verified it: only a verified address matches a delegation
 * @param operator whether the person has the operator role
 */
public record Actor(String subject, String name, String email, boolean emailVerified, boolean operator) {

    /** Identity attributes set at sign-in (by the web module's augmentor) from the provider's claims. */
    public static final String EMAIL = "librehosters.email";
    public static final String EMAIL_VERIFIED = "librehosters.email-verified";
    public static final String DISPLAY_NAME = "librehosters.display-name";
    public static final String OPERATOR_ROLE = "operator";
    public static final int MAX_NAME = 200;

    /** The platform acting on its own behalf (start-up data, scheduled work). */
    public static Actor platform() {
        return new Actor(null, "platform", null, false, true);
    }

    /** The person behind a request, or null when nobody is signed in. */
    public static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String subject = identity.getPrincipal().getName();
        String name = identity.getAttribute(DISPLAY_NAME);
        if (name != null && name.length() > MAX_NAME) {
            // histories store at most this much; a provider may send more
            name = name.substring(0, MAX_NAME);
        }
        Object verified = identity.getAttribute(EMAIL_VERIFIED);
        return new Actor(subject, name == null ? subject : name, identity.getAttribute(EMAIL),
                verified != null && Boolean.parseBoolean(verified.toString()), identity.hasRole(OPERATOR_ROLE));
    }
}
