package st.libreho.kb.internal.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.platform.testing.BundleChecks;

/** The knowledge base's texts ({@code kb:}): every English text has its French, and the bundle stays loadable. */
class KbBundlesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(KbMessages.class, "fr");
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(KbMessages.class);
    }
}
