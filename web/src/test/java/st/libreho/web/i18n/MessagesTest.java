package st.libreho.web.i18n;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.platform.testing.BundleChecks;

/** The shell's own texts (home, /me); the kit and each module check their bundles in their own tests. */
class MessagesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(AppMessages.class, "fr");
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(AppMessages.class);
    }
}
