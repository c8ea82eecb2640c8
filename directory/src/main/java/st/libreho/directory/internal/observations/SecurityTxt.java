package st.libreho.directory.internal.observations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A security.txt (RFC 9116) as read: its contacts, its expiry, and what is wrong with it. (Minimal version for the
 * checker; the parsing helper's is the one to keep.)
 *
 * @param expires null if missing or invalid
 * @param problems in English, empty if valid
 */
public record SecurityTxt(List<String> contacts, Instant expires, List<String> problems) {

    public SecurityTxt {
        contacts = List.copyOf(contacts);
        problems = List.copyOf(problems);
    }

    public static SecurityTxt parse(String text) {
        List<String> contacts = new ArrayList<>();
        List<String> expiries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : signedPart(text.replace("\r\n", "\n")).split("\n")) {
            String stripped = line.strip();
            int colon = stripped.indexOf(':');
            if (stripped.isEmpty() || stripped.startsWith("#") || colon < 0) {
                continue;
            }
            String field = stripped.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = stripped.substring(colon + 1).strip();
            if (field.equals("contact")) {
                contacts.add(value);
            } else if (field.equals("expires")) {
                expiries.add(value);
            }
        }
        if (contacts.isEmpty()) {
            problems.add("it has no Contact field");
        }
        Instant expires = null;
        if (expiries.isEmpty()) {
            problems.add("it has no Expires field");
        } else if (expiries.size() > 1) {
            problems.add("it has more than one Expires field");
        } else {
            try {
                expires = OffsetDateTime.parse(expiries.get(0).toUpperCase(Locale.ROOT)).toInstant();
            } catch (DateTimeParseException e) {
                problems.add("its Expires field is not an RFC 3339 date: " + expiries.get(0));
            }
        }
        return new SecurityTxt(contacts, expires, problems);
    }

    /** The signed text of a PGP cleartext-signed file (dash-escaping undone), else the whole text. */
    private static String signedPart(String text) {
        int begin = text.indexOf("-----BEGIN PGP SIGNED MESSAGE-----");
        if (begin < 0) {
            return text;
        }
        int headersEnd = text.indexOf("\n\n", begin);
        int signature = text.indexOf("-----BEGIN PGP SIGNATURE-----");
        if (headersEnd < 0 || signature < headersEnd) {
            return text;
        }
        StringBuilder signed = new StringBuilder();
        for (String line : text.substring(headersEnd + 2, signature).split("\n")) {
            signed.append(line.startsWith("- ") ? line.substring(2) : line).append('\n');
        }
        return signed.toString();
    }
}
