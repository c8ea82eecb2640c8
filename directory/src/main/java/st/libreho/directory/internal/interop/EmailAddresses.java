package st.libreho.directory.internal.interop;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plausibility check, not a proof the mailbox exists: the HTML form rule for e-mail addresses, with a dot required
 * in the domain since the directory's contact must be reachable from the Internet.
 */
final class EmailAddresses {

    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final int MAX_LENGTH = 254;
    private static final String MAILTO = "mailto:";

    private EmailAddresses() {
    }

    /** The address, trimmed and without "mailto:" (as schema.org's own examples write it), or null if implausible. */
    static String plausible(String text) {
        String address = text.strip();
        if (address.toLowerCase(Locale.ROOT).startsWith(MAILTO)) {
            address = address.substring(MAILTO.length());
        }
        return address.length() <= MAX_LENGTH && PLAUSIBLE.matcher(address).matches() ? address : null;
    }
}
