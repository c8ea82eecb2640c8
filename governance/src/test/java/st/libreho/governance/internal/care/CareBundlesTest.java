package st.libreho.governance.internal.care;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.governance.internal.web.care.CareMessages;
import st.libreho.platform.testing.BundleChecks;

/** The care pages' texts ({@code care:}): every English text has its French, and no orphan. */
class CareBundlesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(CareMessages.class, "fr");
    }

    @Test
    void theEnumsHaveTheirEnglishInTheDefaultFile() throws IOException {
        BundleChecks.enumConstantsHaveTheirEnglish(CareMessages.class);
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(CareMessages.class);
    }
}
