package st.libreho.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    /** The platform's configuration: quarkus.locales=en,fr and quarkus.default-locale=en. */
    private final Languages languages = new Languages(List.of("en", "fr"), "en");

    @Test
    void theRememberedChoiceWinsOverTheBrowser() {
        assertEquals("fr", languages.choose("fr", "en-GB,en;q=0.9"));
    }

    @Test
    void theBrowsersPreferenceOrderIsFollowed() {
        assertEquals("fr", languages.choose(null, "de;q=1.0, fr-BE;q=0.8, en;q=0.5"));
        assertEquals("en", languages.choose(null, "en-US,fr;q=0.5"));
    }

    @Test
    void anythingElseIsEnglish() {
        assertEquals("en", languages.choose("klingon", null));
        assertEquals("en", languages.choose(null, "de"));
        assertEquals("en", languages.choose(null, ";;;not a header"));
    }

    @Test
    void theSwitcherOnlyReturnsToPathsOnThisSite() {
        assertEquals("/kb/page?x=1", LanguageResource.safeLocalPath("/kb/page?x=1"));
        assertEquals("/", LanguageResource.safeLocalPath("https://evil.example/"));
        assertEquals("/", LanguageResource.safeLocalPath("//evil.example/"));
        assertEquals("/", LanguageResource.safeLocalPath("/\\evil.example"));
        assertEquals("/", LanguageResource.safeLocalPath(null));
    }
}
