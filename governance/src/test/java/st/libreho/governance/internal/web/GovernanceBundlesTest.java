package st.libreho.governance.internal.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import st.libreho.platform.testing.BundleChecks;

/** The pages' texts exist in English and French, and Quarkus can generate the bundle. */
class GovernanceBundlesTest {

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoOrphans() throws IOException {
        BundleChecks.translatedCompletely(GovernanceMessages.class, "fr");
    }

    @Test
    void theEnumsHaveTheirEnglishInTheDefaultFile() throws IOException {
        BundleChecks.enumConstantsHaveTheirEnglish(GovernanceMessages.class);
    }

    @Test
    void theBundleStaysWithinWhatQuarkusCanGenerate() {
        BundleChecks.withinWhatQuarkusCanGenerate(GovernanceMessages.class);
    }
}
