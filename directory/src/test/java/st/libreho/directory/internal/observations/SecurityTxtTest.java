package st.libreho.directory.internal.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SecurityTxtTest {

    private static final Instant EXPIRES = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void aValidFileWithCommentsAndCrlf() {
        SecurityTxt txt = SecurityTxt.parse("# Our security address\r\n"
                + "Contact: mailto:security@example.org\r\n"
                + "contact: https://example.org/security\r\n"
                + "\r\n"
                + "# Contact: mailto:commented@example.org\r\n"
                + "EXPIRES: 2027-01-01T00:00:00.000Z\r\n"
                + "Preferred-Languages: en, fr\r\n");

        assertEquals(new SecurityTxt(List.of("mailto:security@example.org", "https://example.org/security"), EXPIRES,
                List.of()), txt);
        assertTrue(txt.valid());
    }

    @Test
    void offsetsAreRead() {
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"),
                SecurityTxt.parse("Contact: mailto:a@b.example\nExpires: 2027-01-01T00:00:00+01:00\n").expires());
        assertEquals(Instant.parse("2027-01-01T02:30:00Z"),
                SecurityTxt.parse("Contact: mailto:a@b.example\nExpires: 2027-01-01t00:00:00-02:30").expires());
    }

    @Test
    void aSignedFileIsReadFromItsSignedPart_dashEscapingUndone() {
        SecurityTxt txt = SecurityTxt.parse("""
                -----BEGIN PGP SIGNED MESSAGE-----
                Hash: SHA512

                Contact: mailto:security@example.org
                - Contact: https://example.org/dash-escaped
                Expires: 2027-01-01T00:00:00.000Z
                - -----BEGIN PGP SIGNATURE-----
                -----BEGIN PGP SIGNATURE-----

                iHUEARYKAB0WIQRPaXJzdGx5IGEgZmFrZSBzaWduYXR1cmUuAAoJEBd4
                Contact: mailto:after-the-signature@example.org
                -----END PGP SIGNATURE-----
                """);

        assertEquals(List.of("mailto:security@example.org", "https://example.org/dash-escaped"), txt.contacts());
        assertEquals(EXPIRES, txt.expires());
        assertTrue(txt.valid(), txt.problems().toString());
    }

    @Test
    void aSignedFileWithoutItsSignatureIsAProblem() {
        SecurityTxt txt = SecurityTxt.parse("""
                -----BEGIN PGP SIGNED MESSAGE-----
                Hash: SHA512

                Contact: mailto:security@example.org
                Expires: 2027-01-01T00:00:00.000Z
                """);

        assertEquals(List.of(SecurityTxt.NO_SIGNATURE), txt.problems());
        assertEquals(List.of("mailto:security@example.org"), txt.contacts());
    }

    @Test
    void noContact() {
        SecurityTxt txt = SecurityTxt.parse("Expires: 2027-01-01T00:00:00.000Z\nContact:   \n");

        assertEquals(List.of(SecurityTxt.NO_CONTACT), txt.problems());
        assertFalse(txt.valid());
        assertEquals(EXPIRES, txt.expires());
    }

    @Test
    void noExpires() {
        SecurityTxt txt = SecurityTxt.parse("Contact: mailto:security@example.org\n");

        assertEquals(List.of(SecurityTxt.NO_EXPIRES), txt.problems());
        assertNull(txt.expires());
        assertFalse(txt.expiredAt(Instant.parse("2100-01-01T00:00:00Z")), "no Expires is a problem, not an expiry");
    }

    @Test
    void nothingAtAll() {
        assertEquals(List.of(SecurityTxt.NO_CONTACT, SecurityTxt.NO_EXPIRES), SecurityTxt.parse("").problems());
        assertEquals(List.of(SecurityTxt.NO_CONTACT, SecurityTxt.NO_EXPIRES), SecurityTxt.parse(null).problems());
    }

    @Test
    void twoExpires() {
        SecurityTxt txt = SecurityTxt.parse("""
                Contact: mailto:security@example.org
                Expires: 2027-01-01T00:00:00.000Z
                Expires: 2028-01-01T00:00:00.000Z
                """);

        assertEquals(List.of("There are 2 Expires fields: security.txt must have exactly one, so that it is clear"
                + " until when it is valid."), txt.problems());
        assertNull(txt.expires());
    }

    @Test
    void aBadDate() {
        for (String bad : List.of("1 January 2027", "2027-01-01", "2027-01-01T00:00Z", "2027-01-01T00:00:00",
                "2027-02-30T00:00:00Z", "2027-01-01T25:00:00Z", "")) {
            SecurityTxt txt = SecurityTxt.parse("Contact: mailto:security@example.org\nExpires: " + bad + "\n");

            assertEquals(List.of("Expires \"" + bad + "\" is not a date and time as RFC 3339 writes it, e.g."
                    + " 2027-01-01T00:00:00.000Z or 2027-01-01T00:00:00+01:00."), txt.problems(), bad);
            assertNull(txt.expires(), bad);
        }
    }

    @Test
    void expiredOnlyAfterItsExpires() {
        SecurityTxt txt = SecurityTxt.parse("Contact: mailto:security@example.org\nExpires: 2027-01-01T00:00:00Z");

        assertFalse(txt.expiredAt(Instant.parse("2026-06-01T00:00:00Z")));
        assertFalse(txt.expiredAt(EXPIRES));
        assertTrue(txt.expiredAt(Instant.parse("2027-01-01T00:00:01Z")));
        assertTrue(txt.valid(), "an expired file is still well formed: expiry is its own finding");
    }

    @Test
    void contactsAreCleanedAndBounded() {
        StringBuilder many = new StringBuilder("Expires: 2027-01-01T00:00:00Z\n");
        for (int i = 0; i < 50; i++) {
            many.append("Contact: mailto:s").append(i).append("@example.org\n");
        }
        many.append("Contact: https://example.org/").append("a".repeat(10_000)).append('\n');

        SecurityTxt txt = SecurityTxt.parse(many.toString());
        assertEquals(SecurityTxt.MAX_CONTACTS, txt.contacts().size());
        assertEquals("mailto:s0@example.org", txt.contacts().get(0));
        assertEquals("https://a.example/x",
                SecurityTxt.parse("Contact: https://a.example/\u0000x").contacts().get(0));
        assertEquals(SecurityTxt.MAX_CONTACT_LENGTH,
                SecurityTxt.parse("Contact: https://example.org/" + "a".repeat(10_000)).contacts().get(0).length());
    }
}
