package st.libreho.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theRememberedChoiceWinsOverTheBrowser() {
        assertEquals("fr", Languages.choose("fr", "en-GB,en;q=0.9"));
    }

    @Test
    void theBrowsersPreferenceOrderIsFollowed() {
        assertEquals("fr", Languages.choose(null, "de;q=1.0, fr-BE;q=0.8, en;q=0.5"));
        assertEquals("en", Languages.choose(null, "en-US,fr;q=0.5"));
    }

    @Test
    void anythingElseIsEnglish() {
        assertEquals("en", Languages.choose("klingon", null));
        assertEquals("en", Languages.choose(null, "de"));
        assertEquals("en", Languages.choose(null, ";;;not a header"));
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
