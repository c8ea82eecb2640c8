package st.libreho.platform;

/**
 * Who asks for a change. A facade decides from this, not from the page, whether they may make it. Pages and
 * resources get it from {@link st.libreho.platform.web.Identities#actorOf}.
 *
 * @param subject the provider's subject; null for the platform itself (imports, demo data)
 * @param name shown in histories
 * @param email the person's e-mail address as the provider gave it
 * @param emailVerified whether the provider verified it: only a verified address matches a delegation
 * @param operator whether the person has the operator role
 */
public record Actor(String subject, String name, String email, boolean emailVerified, boolean operator) {

    public static final String OPERATOR_ROLE = "operator";
    public static final int MAX_NAME = 200;

    /** The platform acting on its own behalf (start-up data, scheduled work). */
    public static Actor platform() {
        return new Actor(null, "platform", null, false, true);
    }
}
