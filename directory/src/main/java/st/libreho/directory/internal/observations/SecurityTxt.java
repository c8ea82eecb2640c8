package st.libreho.directory.internal.observations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a security.txt (RFC 9116) says, as far as the directory checks it: who to contact and until when the file is
 * valid, and what keeps it from being valid. Pure: no network.
 *
 * @param contacts every {@code Contact} value, in order (at most 20, each cut to 500 characters)
 * @param expires the {@code Expires} value when there is exactly one and it is a valid date; else null
 * @param problems why the file is not valid, in English for the delegate; empty when it is
 */
public record SecurityTxt(List<String> contacts, Instant expires, List<String> problems) {

    static final int MAX_CONTACTS = 20;

    static final int MAX_CONTACT_LENGTH = 500;

    static final String NO_CONTACT = "There is no Contact field: security.txt must say at least once how to report a"
            + " vulnerability, e.g. \"Contact: mailto:security@example.org\".";

    static final String NO_EXPIRES = "There is no Expires field: security.txt must say until when it is valid, e.g."
            + " \"Expires: 2027-01-01T00:00:00.000Z\".";

    static final String NO_SIGNATURE = "The file begins as a PGP signed message but the signature is missing.";

    private static final String SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----";

    private static final String SIGNATURE = "-----BEGIN PGP SIGNATURE-----";

    /** RFC 3339's date-time: seconds required, fraction optional, Z or a numeric offset. */
    private static final Pattern RFC_3339 = Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    public SecurityTxt {
        contacts = List.copyOf(contacts);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the file's text: lines {@code Name: value} (names in any case, LF or CRLF), comments from {@code #}, and
     * blank lines. Unknown fields and lines that are no field are ignored, as RFC 9116 asks. A PGP cleartext-signed
     * file is read from its signed part, dash-escaping undone; the signature itself is not verified (the directory
     * has no key to verify it with). Never throws: what is wrong is in {@link #problems()}.
     */
    public static SecurityTxt parse(String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text == null ? List.of() : text.lines().toList();
        if (isSigned(lines)) {
            if (lines.stream().noneMatch(line -> line.strip().equals(SIGNATURE))) {
                problems.add(NO_SIGNATURE);
            }
            lines = signedPart(lines);
        }
        List<String> contacts = new ArrayList<>();
        List<String> expires = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            int colon = stripped.indexOf(':');
            if (stripped.isEmpty() || stripped.startsWith("#") || colon <= 0) {
                continue;
            }
            String name = stripped.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = stripped.substring(colon + 1).strip();
            if (name.equals("contact")) {
                String contact = SiteTexts.clean(value, MAX_CONTACT_LENGTH);
                if (contact != null && contacts.size() < MAX_CONTACTS) {
                    contacts.add(contact);
                }
            } else if (name.equals("expires")) {
                expires.add(value);
            }
        }
        if (contacts.isEmpty()) {
            problems.add(NO_CONTACT);
        }
        Instant expiry = null;
        if (expires.isEmpty()) {
            problems.add(NO_EXPIRES);
        } else if (expires.size() > 1) {
            problems.add("There are " + expires.size() + " Expires fields: security.txt must have exactly one, so that"
                    + " it is clear until when it is valid.");
        } else {
            expiry = instant(expires.get(0));
            if (expiry == null) {
                problems.add("Expires \"" + Objects.requireNonNullElse(SiteTexts.clean(expires.get(0), 60), "")
                        + "\" is not a date and time as RFC 3339 writes it, e.g. 2027-01-01T00:00:00.000Z or"
                        + " 2027-01-01T00:00:00+01:00.");
            }
        }
        return new SecurityTxt(contacts, expiry, problems);
    }

    /** Whether the file has a Contact and exactly one valid Expires. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * Whether the file's Expires has passed at {@code now} (RFC 9116: the file is stale after that moment, so not at
     * it). False when there is no valid Expires: that is a {@linkplain #problems() problem}, not an expiry.
     */
    public boolean expiredAt(Instant now) {
        return expires != null && now.isAfter(expires);
    }

    private static boolean isSigned(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).findFirst()
                .map(line -> line.strip().equals(SIGNED)).orElse(false);
    }

    /**
     * The lines of a cleartext-signed file between the armor headers and the signature (or the end, when the
     * signature is missing), dash-escaping undone.
     */
    private static List<String> signedPart(List<String> lines) {
        int start = 0;
        while (!lines.get(start).strip().equals(SIGNED)) {
            start++;
        }
        start++;
        while (start < lines.size() && !lines.get(start).isBlank()) { // armor headers, e.g. "Hash: SHA256"
            start++;
        }
        List<String> signed = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(SIGNATURE)) {
                return signed;
            }
            signed.add(line.startsWith("- ") ? line.substring(2) : line);
        }
        return signed;
    }

    private static Instant instant(String value) {
        if (!RFC_3339.matcher(value).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
