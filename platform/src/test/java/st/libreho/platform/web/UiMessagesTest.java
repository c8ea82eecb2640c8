package st.libreho.platform.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.platform.testing.BundleChecks;

/** The kit's texts: the layout, the error pages and the words every form shares. */
class UiMessagesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(UiMessages.class, "fr");
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(UiMessages.class);
    }
}
