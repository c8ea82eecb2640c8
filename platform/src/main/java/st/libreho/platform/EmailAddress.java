package st.libreho.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The platform's one rule for e-mail addresses, wherever one is typed, imported or sent through the API. A plausibility
 * check, not a proof the mailbox exists: the HTML form rule for e-mail addresses, with a dot required in the domain
 * since an address in the network's directory must be reachable from the Internet. It keeps out what would break the
 * {@code mailto:} links and exports an address ends up in (quotes, angle brackets, {@code ?subject=...}).
 */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    public static final int MAX_LENGTH = 254;
    private static final String MAILTO = "mailto:";

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && PLAUSIBLE.matcher(address).matches();
    }

    /**
     * The address in a text written by someone else (a manifest), trimmed and without "mailto:" (as schema.org's own
     * examples write it), or null if it is not one.
     */
    public static String plausible(String text) {
        String address = text.strip();
        if (address.toLowerCase(Locale.ROOT).startsWith(MAILTO)) {
            address = address.substring(MAILTO.length());
        }
        return isValid(address) ? address : null;
    }
}
