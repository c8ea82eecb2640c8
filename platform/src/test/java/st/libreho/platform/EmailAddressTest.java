package st.libreho.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void ordinaryAddressesAreAccepted() {
        assertTrue(EmailAddress.isValid("contact@libreho.st"));
        assertTrue(EmailAddress.isValid("first.last+tag@mail.example.org"));
    }

    @Test
    void whatWouldBreakAMailtoLinkOrAPageIsRefused() {
        assertFalse(EmailAddress.isValid("\"><script>alert(1)</script>@x.example"));
        assertFalse(EmailAddress.isValid("a?subject=hi&body=click@example.org"));
        assertFalse(EmailAddress.isValid("a b@example.org"));
        assertFalse(EmailAddress.isValid("someone@localhost"));
        assertFalse(EmailAddress.isValid("a@b@example.org"));
        assertFalse(EmailAddress.isValid("x".repeat(250) + "@example.org"));
    }

    @Test
    void aManifestsMailtoAddressIsReadAsTheAddress() {
        assertEquals("contact@example.org", EmailAddress.plausible("  mailto:contact@example.org "));
        assertNull(EmailAddress.plausible("not an address"));
    }
}
